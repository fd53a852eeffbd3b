package extract

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// BenchmarkAnonymise measures choosing levels and protecting people for 30,000
// people's episodes (1 to 3 each), drawn with an NRM-like mix of nationalities.
func BenchmarkAnonymise(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 1))
	nats := []string{"GBR", "ALB", "VNM", "ERI", "SDN", "AFG", "IRQ", "IRN", "ROU", "NGA", "CHN", "ISL", "FJI"}
	var rows []Row
	for p := range 30_000 {
		for e := range 1 + r.IntN(3) {
			rows = append(rows, Row{PersonKey: fmt.Sprint(p), Episode: fmt.Sprint(e + 1), Sex: []string{"M", "F"}[r.IntN(2)],
				AgeGroup: []string{"child", "adult"}[r.IntN(2)], Nationality: nats[min(r.IntN(14), r.IntN(14), len(nats)-1)],
				Period: fmt.Sprintf("%d-Q%d", 2018+r.IntN(7), 1+r.IntN(4))})
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		Anonymise(rows, Options{K: 11, Secret: []byte("a secret of sixteen bytes"), Release: "bench", MaxSuppressed: 0.05})
	}
}

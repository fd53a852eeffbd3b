package linkage

import "testing"

func TestNormalise(t *testing.T) {
	cases := map[string]string{
		"Nguyễn Văn Đức":  "nguyen van duc",
		"ÇELAJ":           "celaj",
		"Łódź":            "lodz",
		"El-Sayed":        "elsayed",
		"O'Brien, Mary":   "obrien mary",
		"  Ana   Maria  ": "ana maria",
		"Олеся Ковальчук": "olesia kovalchuk", // the soft sign becomes an apostrophe, dropped
		"Ｍｏｈａｍｍｅｄ":        "mohammed",         // full-width forms (NFKC)
	}
	for in, want := range cases {
		if got := Normalise(in); got != want {
			t.Errorf("Normalise(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSkeletonMeetsAcrossSpellingsAndScripts(t *testing.T) {
	groups := [][]string{
		{"Mohammed", "Muhammad", "Mohamed", "Mohamad", "محمد"},
		{"Selam", "ሰላም"},
		{"Tesfay", "Tesfaye", "ተስፋይ"},
	}
	for _, g := range groups {
		want := Skeleton(Normalise(g[0]))
		for _, name := range g[1:] {
			if got := Skeleton(Normalise(name)); got != want {
				t.Errorf("skeleton of %s is %q, of %s %q", name, got, g[0], want)
			}
		}
	}
}

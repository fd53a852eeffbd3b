package synth

// The marginal distributions follow the Home Office's published NRM statistics for
// 2023–2024 (nationality mix, about three quarters male, over 40% children at the
// time of exploitation, exploitation types); the links between them (UK boys and
// county lines, Albanian women and sexual exploitation, Eritrean and Sudanese men
// exploited en route) follow the same releases' breakdowns. Figures are rounded.

// nationality describes one nationality's share of referrals and its patterns.
type nationality struct {
	code     string
	weight   float64 // share of referrals, per cent
	male     float64 // share male
	child    float64 // share children at the time of exploitation
	profile  string  // exploitation pattern, see typeWeights
	langs    []string
	towns    []string
	english  bool   // English is a main language: no language barrier
	confused string // a nationality it is often recorded as by mistake
}

var nationalities = []nationality{
	{"GBR", 23, 0.80, 0.82, "uk", []string{"eng"}, []string{"Birmingham", "Manchester", "Liverpool", "Leeds", "London", "Bradford", "Cardiff", "Glasgow"}, true, ""},
	{"ALB", 9, 0.85, 0.36, "albania", []string{"sqi"}, []string{"Tirana", "Shkodër", "Durrës", "Elbasan", "Kukës", "Vlorë"}, false, "XKX"},
	{"VNM", 7, 0.74, 0.56, "vietnam", []string{"vie"}, []string{"Nghệ An", "Hà Tĩnh", "Quảng Bình", "Hải Phòng", "Hà Nội"}, false, ""},
	{"ERI", 6, 0.82, 0.46, "route", []string{"tir"}, []string{"Asmara", "Keren", "Mendefera", "Adi Quala"}, false, "ETH"},
	{"SDN", 5, 0.95, 0.40, "route", []string{"ara"}, []string{"Khartoum", "Omdurman", "El Fasher", "Nyala", "Kassala"}, false, "SSD"},
	{"IRN", 3.5, 0.86, 0.30, "route", []string{"fas", "kur"}, []string{"Tehran", "Mashhad", "Sanandaj", "Kermanshah"}, false, "AFG"},
	{"AFG", 3.5, 0.95, 0.60, "route", []string{"prs", "pus"}, []string{"Kabul", "Jalalabad", "Herat", "Kunduz"}, false, "PAK"},
	{"IRQ", 3, 0.90, 0.34, "route", []string{"ara", "ckb"}, []string{"Erbil", "Sulaymaniyah", "Baghdad", "Mosul"}, false, "SYR"},
	{"ROU", 3, 0.62, 0.10, "eu", []string{"ron"}, []string{"Bucharest", "Iași", "Constanța", "Craiova"}, false, "MDA"},
	{"IND", 3, 0.70, 0.08, "southasia", []string{"pan", "guj", "hin"}, []string{"Amritsar", "Jalandhar", "Ahmedabad", "Chennai"}, true, ""},
	{"NGA", 2.5, 0.30, 0.15, "westafrica", []string{"eng", "yor", "ibo"}, []string{"Lagos", "Benin City", "Ibadan", "Enugu"}, true, "GHA"},
	{"CHN", 2, 0.40, 0.08, "china", []string{"zho"}, []string{"Fuzhou", "Guangzhou", "Shenyang", "Wenzhou"}, false, ""},
	{"POL", 1.5, 0.82, 0.04, "eu", []string{"pol"}, []string{"Warszawa", "Łódź", "Kraków", "Gdańsk"}, false, ""},
	{"EGY", 2, 0.96, 0.55, "route", []string{"ara"}, []string{"Cairo", "Alexandria", "Asyut", "Sohag"}, false, ""},
	{"ETH", 2, 0.55, 0.30, "route", []string{"amh", "orm"}, []string{"Addis Ababa", "Gondar", "Mekelle", "Dire Dawa"}, false, "ERI"},
	{"SYR", 1.5, 0.90, 0.30, "route", []string{"ara", "kur"}, []string{"Aleppo", "Damascus", "Homs", "Qamishli"}, false, "IRQ"},
	{"PAK", 1.5, 0.80, 0.12, "southasia", []string{"urd", "pan"}, []string{"Lahore", "Karachi", "Mirpur", "Rawalpindi"}, true, "IND"},
	{"BGD", 1, 0.85, 0.10, "southasia", []string{"ben"}, []string{"Dhaka", "Sylhet", "Chittagong"}, false, "IND"},
	{"SOM", 1, 0.75, 0.35, "route", []string{"som"}, []string{"Mogadishu", "Hargeisa", "Kismayo"}, false, "ETH"},
	{"KWT", 1, 0.85, 0.20, "route", []string{"ara"}, []string{"Kuwait City", "Jahra"}, false, "IRQ"},
	{"PHL", 1, 0.15, 0.03, "domestic", []string{"tgl", "eng"}, []string{"Manila", "Cebu", "Davao"}, true, ""},
	{"SVK", 1, 0.65, 0.10, "eu", []string{"slk", "rom"}, []string{"Košice", "Prešov", "Bratislava"}, false, "CZE"},
	{"CZE", 0.8, 0.65, 0.10, "eu", []string{"ces", "rom"}, []string{"Ostrava", "Brno", "Praha"}, false, "SVK"},
	{"BGR", 1, 0.60, 0.08, "eu", []string{"bul"}, []string{"Sofia", "Plovdiv", "Sliven"}, false, "ROU"},
	{"HUN", 0.8, 0.60, 0.08, "eu", []string{"hun"}, []string{"Budapest", "Miskolc", "Debrecen"}, false, "ROU"},
	{"LTU", 1, 0.78, 0.06, "eu", []string{"lit"}, []string{"Vilnius", "Kaunas", "Klaipėda"}, false, "LVA"},
	{"UKR", 1, 0.45, 0.10, "eu", []string{"ukr", "rus"}, []string{"Kyiv", "Kharkiv", "Odesa", "Lviv"}, false, "RUS"},
	{"GHA", 1, 0.45, 0.20, "westafrica", []string{"aka", "eng"}, []string{"Accra", "Kumasi", "Tamale"}, true, "NGA"},
	{"SSD", 0.8, 0.80, 0.40, "route", []string{"din", "ara"}, []string{"Juba", "Malakal", "Wau"}, false, "SDN"},
}

// exploitation types by profile and sex (weights); "cl" is criminal with county lines.
var typeWeights = map[string]map[byte][]weighted{
	"uk":         {'M': {{"cl", 55}, {"criminal", 17}, {"sexual", 8}, {"labour", 12}, {"unknown", 8}}, 'F': {{"sexual", 45}, {"cl", 25}, {"criminal", 8}, {"labour", 10}, {"domestic_servitude", 4}, {"unknown", 8}}},
	"albania":    {'M': {{"labour", 48}, {"criminal", 42}, {"sexual", 4}, {"unknown", 6}}, 'F': {{"sexual", 78}, {"labour", 12}, {"domestic_servitude", 4}, {"unknown", 6}}},
	"vietnam":    {'M': {{"labour", 50}, {"criminal", 44}, {"unknown", 6}}, 'F': {{"labour", 55}, {"sexual", 25}, {"criminal", 12}, {"unknown", 8}}},
	"route":      {'M': {{"labour", 70}, {"criminal", 12}, {"sexual", 5}, {"domestic_servitude", 3}, {"organ_harvesting", 1}, {"unknown", 9}}, 'F': {{"sexual", 45}, {"domestic_servitude", 25}, {"labour", 20}, {"unknown", 10}}},
	"eu":         {'M': {{"labour", 82}, {"criminal", 10}, {"sexual", 2}, {"unknown", 6}}, 'F': {{"sexual", 55}, {"labour", 35}, {"domestic_servitude", 4}, {"unknown", 6}}},
	"southasia":  {'M': {{"labour", 80}, {"domestic_servitude", 8}, {"criminal", 4}, {"unknown", 8}}, 'F': {{"domestic_servitude", 50}, {"labour", 25}, {"sexual", 17}, {"unknown", 8}}},
	"westafrica": {'M': {{"labour", 65}, {"criminal", 10}, {"domestic_servitude", 10}, {"unknown", 15}}, 'F': {{"sexual", 62}, {"domestic_servitude", 25}, {"labour", 8}, {"unknown", 5}}},
	"china":      {'M': {{"labour", 70}, {"criminal", 20}, {"unknown", 10}}, 'F': {{"sexual", 75}, {"labour", 15}, {"unknown", 10}}},
	"domestic":   {'M': {{"labour", 80}, {"domestic_servitude", 15}, {"unknown", 5}}, 'F': {{"domestic_servitude", 75}, {"labour", 15}, {"sexual", 5}, {"unknown", 5}}},
}

type weighted struct {
	value  string
	weight float64
}

// pick draws from weighted values.
func pick(r randSource, ws []weighted) string {
	total := 0.0
	for _, w := range ws {
		total += w.weight
	}
	x := r.Float64() * total
	for _, w := range ws {
		if x < w.weight {
			return w.value
		}
		x -= w.weight
	}
	return ws[len(ws)-1].value
}

type randSource interface {
	Float64() float64
	IntN(int) int
}

var nationalityTable = func() []weighted {
	ws := make([]weighted, len(nationalities))
	for i, n := range nationalities {
		ws[i] = weighted{n.code, n.weight}
	}
	return ws
}()

func nationalityOf(code string) *nationality {
	for i := range nationalities {
		if nationalities[i].code == code {
			return &nationalities[i]
		}
	}
	return &nationalities[0]
}

// byAge shifts a profile by age at exploitation, as the NRM tables show: children are
// mostly exploited criminally (county lines almost only children), adults mostly for
// labour.
func byAge(ws []weighted, child bool) []weighted {
	out := make([]weighted, len(ws))
	for i, w := range ws {
		out[i] = w
		switch {
		case child && (w.value == "criminal" || w.value == "cl"):
			out[i].weight *= 2.2
		case child && w.value == "labour":
			out[i].weight *= 0.5
		case !child && w.value == "cl":
			out[i].weight *= 0.15
		case !child && w.value == "labour":
			out[i].weight *= 1.4
		}
	}
	return out
}

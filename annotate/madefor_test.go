package annotate

// The table cases of productMadeFor, on sentences written for the test (no
// name of a gold article).
func init() {
	ruleCases[ruleProductMadeFor] = []ruleCase{
		{text: "You can add plug-ins for Varrowex to block them.", phrase: "Varrowex", want: []string{"other:Varrowex"}},
		{text: "There are plug-ins for Varrowex and Quillix that block them.", phrase: "Quillix", want: []string{"other:Quillix"}},
		{text: "The studio made apps for Varrowex, Quillix, and Zorbly OS last year.", phrase: "Zorbly OS", want: []string{"other:Zorbly OS"}},
		{text: "A version for Quillix 3.1 is due in May.", phrase: "Quillix", want: []string{"other:Quillix 3.1"}},
		{text: "The firm sells apps for Brelco devices.", phrase: "Brelco"},
		{text: "They built an app for Facebook users.", phrase: "Facebook"},
		{text: "A version for Europe is planned.", phrase: "Europe"},
		{text: "She wrote an app for Ann Smith last year.", phrase: "Ann Smith"},
		{text: "He asked for Quillix and left.", phrase: "Quillix"},
		{text: "Extensions for Varrowex's store are free.", phrase: "Varrowex"},
	}
}

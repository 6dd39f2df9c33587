package annotate

import "testing"

func init() {
	ruleCases[ruleSaysItself] = []ruleCase{
		{text: "The strike went on. Quellweld said it does not expect a long strike.", phrase: "Quellweld", want: []string{"organization:Quellweld"}},
		{text: "Costs rose. Brelding Corp said it owns 33% of the stock.", phrase: "Brelding Corp", want: []string{"organization:Brelding Corp"}},
		{text: "Varrowby said its latest survey showed a rise.", phrase: "Varrowby", want: []string{"organization:Varrowby"}},
		{text: "The bid was low. Then Zorbitsu said on Wednesday it made a bid.", phrase: "Zorbitsu", want: []string{"organization:Zorbitsu"}},
		{text: "Sales fell. Quillmont says that it has lowered prices.", phrase: "Quillmont", want: []string{"organization:Quillmont"}},
		{text: "Shares fell. Brelcorp announced it had improved the drive.", phrase: "Brelcorp", want: []string{"organization:Brelcorp"}},
		// "It" may be what the speaker talks of; a person, a place, a
		// name after a title are left to their rules.
		{text: "The mayor spoke. Quillby said it was a sad day.", phrase: "Quillby"},
		{text: "The mayor spoke. Quillby said it would be a mistake.", phrase: "Quillby"},
		{text: "Quillby said the plan will fail.", phrase: "Quillby"},
		{text: "Then Judge Quillby said it would rule soon.", phrase: "Quillby"},
		{text: "Then Ann Quillby said its roof had collapsed.", phrase: "Ann Quillby"},
		{text: "Ann Quillby spoke. Later Quillby said its roof fell.", phrase: "Quillby", prior: "Ann Quillby"},
		{text: "Then Argentina said it will ask banks for relief.", phrase: "Argentina"},
		{text: "Then Laura said it will rain.", phrase: "Laura"},
		{text: "Then QZR said it will appeal.", phrase: "QZR"},
	}
}

func init() {
	ruleCases[ruleOrgList] = []ruleCase{
		{text: "It takes share from competitors such as Quillmart, Brelger and Zorbco.", phrase: "Quillmart", want: []string{"organization:Quillmart"}},
		{text: "It takes share from competitors such as Quillmart, Brelger and Zorbco.", phrase: "Brelger", want: []string{"organization:Brelger"}},
		{text: "It takes share from competitors such as Quillmart, Brelger and Zorbco.", phrase: "Zorbco", want: []string{"organization:Zorbco"}},
		{text: "Public companies such as Varrowby and Quillatchy resisted.", phrase: "Quillatchy", want: []string{"organization:Quillatchy"}},
		{text: "Unlike some protest movements, like Brelford Rising and Zorbly Revolt, it stayed.", phrase: "Zorbly Revolt", want: []string{"organization:Zorbly Revolt"}},
		{text: "Officials from giants like Du Quill came.", phrase: "Du Quill", want: []string{"organization:Du Quill"}},
		{text: "Banks including Quillwest or Brelmical lent more.", phrase: "Brelmical", want: []string{"organization:Brelmical"}},
		// People and products may be listed so; a person or a place ends
		// the list; no kind, no list.
		{text: "Contractors such as Quillie lost money.", phrase: "Quillie"},
		{text: "Streaming platforms like Quillify grew.", phrase: "Quillify"},
		{text: "Companies such as Ann Quillby and Zorbco gained.", phrase: "Ann Quillby"},
		{text: "Companies such as Ann Quillby and Zorbco gained.", phrase: "Zorbco"},
		{text: "Rivals such as China grew.", phrase: "China"},
		{text: "Rivals such as Brelger grew. Quillmart and Zorbco fell.", phrase: "Zorbco"},
		{text: "Firms in places like Quillton grew.", phrase: "Quillton"},
	}
}

// TestOrgs22bRulesReadTheirContext checks that both rules of orgs22b.go
// are context rules: what the words around a mention say of it wins over
// the type of a known entity of that name, as contextRules promises.
func TestOrgs22bRulesReadTheirContext(t *testing.T) {
	for _, tc := range []struct {
		name, rule, text, mention string
	}{
		{"a name that says what it does is the organisation though it is known as a place", ruleSaysItself,
			"The strike went on. Quellweld said it does not expect a long strike.", "Quellweld"},
		{"a name listed after a word for its kind is the organisation though it is known as a place", ruleOrgList,
			"It takes share from competitors such as Quillmart, Brelger and Zorbco.", "Brelger"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if !contextRules[tc.rule] {
				t.Fatalf("%q is not in contextRules", tc.rule)
			}
			known := []Entity{{ID: 1, Name: tc.mention, Type: Place}}
			for _, s := range Suggest(tc.text, known) {
				if s.Selector.Exact == tc.mention {
					if s.Type != Organization {
						t.Errorf("%q is suggested as %s, want %s", tc.mention, s.Type, Organization)
					}
					return
				}
			}
			t.Errorf("%q is not suggested", tc.mention)
		})
	}
}

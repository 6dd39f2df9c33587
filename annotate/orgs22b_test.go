package annotate

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
	}
}

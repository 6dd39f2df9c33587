package annotate

func init() {
	ruleCases[ruleTickerCompany] = []ruleCase{
		{text: "Shares of Zorblax (NASDAQ: ZRBX) rose.", phrase: "Zorblax", want: []string{"organization:Zorblax"}},
		{text: "Quillon Tech (NYSE American: QLN) fell.", phrase: "Quillon Tech", want: []string{"organization:Quillon Tech"}},
		{text: "Ann Wu (NYSE: QLN) spoke.", phrase: "Ann Wu"},
		{text: "Zorblax (pictured) rose.", phrase: "Zorblax"},
		{text: "Ohio (NYSE: QLN) rose.", phrase: "Ohio"},
	}
	ruleCases[ruleDealCompany] = []ruleCase{
		{text: "Vantrix acquired Pellio last year.", phrase: "Pellio", want: []string{"organization:Pellio"}},
		{text: "Vantrix acquired Pellio last year.", phrase: "Vantrix", want: []string{"organization:Vantrix"}},
		{text: "Vantrix agreed to buy Pellio.", phrase: "Vantrix", want: []string{"organization:Vantrix"}},
		{text: "She co-founded Brelm in 2015.", phrase: "Brelm", want: []string{"organization:Brelm"}},
		{text: "Brelm was founded in 2010 by two engineers.", phrase: "Brelm", want: []string{"organization:Brelm"}},
		{text: "Brelm, founded in 2012, sells sensors.", phrase: "Brelm", want: []string{"organization:Brelm"}},
		{text: "The takeover of Quillex closed.", phrase: "Quillex", want: []string{"organization:Quillex"}},
		{text: "It is a merger with Quillex.", phrase: "Quillex", want: []string{"organization:Quillex"}},
		{text: "A spokeswoman for Zorbly declined to comment.", phrase: "Zorbly", want: []string{"organization:Zorbly"}},
		{text: "Brelm raised $40 million in a Series B round.", phrase: "Brelm", want: []string{"organization:Brelm"}},
		{text: "Brelm is valued at $3 billion.", phrase: "Brelm", want: []string{"organization:Brelm"}},
		// A person, a place, money raised for no round.
		{text: "A spokesman for Ann Wu declined.", phrase: "Ann Wu"},
		{text: "Rome was founded in 753 BC.", phrase: "Rome"},
		{text: "The takeover of Crimea shocked Europe.", phrase: "Crimea"},
		{text: "Dorrance raised $2 million for his campaign.", phrase: "Dorrance"},
		{text: "Ann Wu founded Brelm. Later Wu acquired a yacht.", phrase: "Wu", prior: "Ann Wu"},
		// A religion or a doctrine is founded too.
		{text: "Christianity was founded in Judea.", phrase: "Christianity"},
		{text: "Zorbism was founded in 1890 by a monk.", phrase: "Zorbism"},
		// A politician's spokesperson: the recogniser reads a person.
		{text: "A spokesman for Netanyahu declined to comment on Sunday.", phrase: "Netanyahu"},
	}
	ruleCases[rulePossessiveHolder] = []ruleCase{
		{text: "Quillex's chief executive, Ann Wu, spoke.", phrase: "Quillex", want: []string{"organization:Quillex"}},
		{text: "Zorbly's shares fell 4%.", phrase: "Zorbly", want: []string{"organization:Zorbly"}},
		{text: "Palantir's revenue rose.", phrase: "Palantir", want: []string{"organization:Palantir"}},
		{text: "Vantrix's acquisition of Pellio closed.", phrase: "Vantrix", want: []string{"organization:Vantrix"}},
		{text: "Later Brelm's Ann Wu said so.", phrase: "Brelm", want: []string{"organization:Brelm"}},
		{text: "China's revenue rose.", phrase: "China"},
		{text: "Later Buddhism's founder taught there.", phrase: "Buddhism"},
		{text: "Later Serbia's Ann Wu won.", phrase: "Serbia"},
		{text: "Ann Wu's shares were sold.", phrase: "Ann Wu"},
		{text: "Zorbly's dog barked.", phrase: "Zorbly"},
		// A surname alone the recogniser reads as a person's.
		{text: "Later Gandhi's shares of rice went to the poor.", phrase: "Gandhi"},
		// The possessive is the text's last word: nothing to look ahead at.
		{text: "The last word was Zorbly’s", phrase: "Zorbly"},
	}
}

func init() {
	ruleCases[ruleOutletOfWriter] = []ruleCase{
		{text: "Ann Wu, a reporter for Brelmo, wrote it.", phrase: "Brelmo", want: []string{"organization:Brelmo"}},
		{text: "A columnist at the Quux Herald said so.", phrase: "Quux Herald", want: []string{"organization:Quux Herald"}},
		{text: "The plan was first reported by Brelmo on Tuesday.", phrase: "Brelmo", want: []string{"organization:Brelmo"}},
		{text: "The story was reported by Ann Wu.", phrase: "Ann Wu"},
		{text: "A reporter for Ohio radio spoke.", phrase: "Ohio"},
		{text: "He voted for Brelmo.", phrase: "Brelmo"},
	}
}

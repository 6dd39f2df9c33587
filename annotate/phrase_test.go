package annotate

import (
	"reflect"
	"strings"
	"testing"
)

// ruleCase is a phrase of a text given to one rule alone: whether the rule
// settles it, what it adds, and what it leaves of the phrase otherwise.
type ruleCase struct {
	text   string   // the sentence
	phrase string   // the capitalised phrase of text the rule looks at
	at     string   // for inner splits: the word inside the phrase to split at
	desc   bool     // the phrase is a descriptor before a title
	prior  string   // phrases of text typed before, by all the rules, split by "|"
	want   []string // what the rule adds; with left, it passes the rest on
	left   string   // the phrase left for the next rules, when not settled
}

// ruleCases holds a table of cases per rule, by the rule's name.
var ruleCases = map[string][]ruleCase{
	"trim words that start no name": {
		{text: "I’ve never seen Zorbly Quux.", phrase: "I’ve", left: ""},
		{text: "On Monday The Hague court met.", phrase: "The Hague", left: "The Hague"},
		{text: "Officials of the Islamic Republic spoke.", phrase: "of the Islamic Republic", left: "Islamic Republic"},
		{text: "Meanwhile Boris Johnson left.", phrase: "Meanwhile Boris Johnson", left: "Boris Johnson"},
		{text: "the Zorbly Party-controlled House of Representatives", phrase: "Party-controlled House of Representatives", left: "House of Representatives"},
		{text: "It was Friday. Questioning Varrowitz took hours.", phrase: "Questioning Varrowitz", left: "Varrowitz"},
		{text: "Sept. 18 – Fresno, CA @ The Coliseum", phrase: "The Coliseum", left: "The Coliseum"},
		{text: "He left. Peruvian Air Force spokesman Ann Quill said so.", phrase: "Peruvian Air Force", left: "Peruvian Air Force"},
		{text: "He left. Peruvian Quux Ann Quill said so.", phrase: "Peruvian Quux", left: "Quux"},
		{text: "A painting by August Strindqvist sold.", phrase: "August Strindqvist", left: "August Strindqvist"}, // a month that is a given name
		{text: "The August Bank Holiday is long.", phrase: "August Bank Holiday", left: "Bank Holiday"},
		{text: "It rained in June Theresa Quill said.", phrase: "June Theresa Quill", left: "Theresa Quill"},
		{text: "It is a unit of New York-based Quillex Corp.", phrase: "New York-based Quillex Corp.", left: "Quillex Corp."},
		{text: "An executive at San Francisco-based 1st Quux Bank spoke.", phrase: "San Francisco-based", left: ""},
		{text: "He drove a New Quux-style car.", phrase: "New Quux-style", left: "New Quux-style"},
	},
	"an author in a reference": {
		{text: "Quux fatigue, Varrow KJ, Quill-Brand D. Curr Opin Quuxology. 2015; 28: 685-690.", phrase: "Quill-Brand D. Curr Opin Quuxology",
			want: []string{"person:Quill-Brand D", "organization:Curr Opin Quuxology"}},
		{text: "He met John D. Rockefeller Jr. in 1920.", phrase: "John D. Rockefeller Jr."},
		{text: "In 1990, Ann Smith, Bob D. Varrow and others met.", phrase: "Bob D. Varrow"},
	},
	"a journal before its year": {
		{text: "A review of costs. Quux Epidemiol. 2013;31:5339-48.", phrase: "Quux Epidemiol", want: []string{"organization:Quux Epidemiol"}},
		{text: "He went to Varrow. 2013 was a good year.", phrase: "Varrow"},
	},
	"trim connectors at the end": {
		{text: "the Bank of", phrase: "Bank of", left: "Bank"},
		{text: "Ask Ann Smith in March.", phrase: "Ann Smith", left: "Ann Smith"},
		{text: "It was led by NCNB Corp. of Charlotte on Monday.", phrase: "NCNB Corp. of Charlotte on", left: "NCNB Corp. of Charlotte"},
	},
	"trim a title's modifiers from a descriptor": {
		{text: "White House Press Secretary Ann Smith spoke.", phrase: "White House Press", desc: true, left: "White House"},
		{text: "White House Press Secretary Ann Smith spoke.", phrase: "White House Press", left: "White House Press"},
		{text: "Former New York Mayor Ann Smith spoke.", phrase: "Former New York", desc: true, left: "New York"},
	},
	"a company named by a possessive": {
		{text: "Rival Zorbly's was also lower.", phrase: "Zorbly", want: []string{"organization:Zorbly's"}},
		{text: "It fell. Rival Zorbly's was also lower.", phrase: "Rival Zorbly", want: []string{"organization:Zorbly's"}},
		{text: "Brands like Macy’s, Zorbly’s and Ford buy ads.", phrase: "Macy", want: []string{"organization:Macy’s"}},
		{text: "Ann Smith spoke. It was Smith's, they said.", phrase: "Smith", prior: "Ann Smith"},
		{text: "It was Zorbly's car.", phrase: "Zorbly"},
		{text: "It is in Moscow's.", phrase: "Moscow"},
		{text: "It affects the neurodegenerative disease Quillington’s.", phrase: "Quillington", want: []string{"surname:Quillington"}},
		{text: "It would be nice to see Zorbly's, too, since we like Zorbly technology.", phrase: "Zorbly", want: []string{"organization:Zorbly"}},
	},
	"split at a possessive": {
		{text: "He met Vladimir Putin’s Kremlin aides.", phrase: "Vladimir Putin’s Kremlin", want: []string{"person:Vladimir Putin", "place:Kremlin"}},
		{text: "Troops of the People’s Liberation Army marched.", phrase: "People’s Liberation Army", want: []string{"organization:People’s Liberation Army"}},
		{text: "Scientists at NASA’s Goddard Space Flight Center said so.", phrase: "NASA’s Goddard Space Flight Center", want: []string{"organization:NASA", "organization:Goddard Space Flight Center"}},
		{text: sportsReport + " Serbia’s Novak Djokovic will play.", phrase: "Serbia’s Novak Djokovic", want: []string{"place:Serbia", "person:Novak Djokovic"}},
		{text: "He met Vladimir Putin in Moscow.", phrase: "Vladimir Putin"},
		{text: "But, as Parliament’s Joint Quux Committee has pointed out, it is wide.", phrase: "Parliament’s Joint Quux Committee", want: []string{"organization:Parliament", "organization:Joint Quux Committee"}},
		{text: "QSA said so. Members of the Agency's Future Varrow Panel met.", phrase: "Agency's Future Varrow Panel",
			want: []string{"organization:Future Varrow Panel"}},
		// A body a country has one of is no cue word taking up another
		// organisation; before a possessive it owns the body after it, a
		// name of its own, as the guidelines write names without "'s"
		// (ner20o; FA's "Parliament’s Joint Committee ...").
		{text: "Members of the Senate's Quillan Relations Committee met.", phrase: "Senate's Quillan Relations Committee",
			want: []string{"organization:Senate", "organization:Quillan Relations Committee"}},
		{text: "Banks such as Quux Banking Corp.'s Quux Bank lent more.", phrase: "Quux Banking Corp.'s Quux Bank",
			want: []string{"organization:Quux Banking Corp.", "organization:Quux Bank"}},
		{text: "Holders are Carl Varrow's American Quillfund Group and others.", phrase: "Carl Varrow's American Quillfund Group",
			want: []string{"person:Carl Varrow", "organization:American Quillfund Group"}},
		{text: "He taught at the University of Southern California's Graduate School of Business.", phrase: "University of Southern California's Graduate School of Business",
			want: []string{"organization:University of Southern California", "organization:Graduate School of Business"}},
		{text: "It was rated by Quillby's Investors Service Inc. today.", phrase: "Quillby's Investors Service Inc.",
			want: []string{"organization:Quillby's Investors Service Inc."}},
		{text: "She was taken to Boston Children's Hospital.", phrase: "Boston Children's Hospital", left: "Boston Children's Hospital"},
	},
	"split inside at of or a cue word": {
		{text: "Sui-Lee Wee of the New York Times wrote it.", phrase: "Sui-Lee Wee of the New York Times", want: []string{"person:Sui-Lee Wee", "organization:New York Times"}},
		{text: "They crossed the Gulf of Aden.", phrase: "Gulf of Aden", want: []string{"place:Gulf of Aden"}},
		{text: "The Bank of England said so.", phrase: "Bank of England"},
	},
	"an office of an organisation": {
		{text: "says Ann Wexford, Head of Quillan Solutions at Zed.", phrase: "Head of Quillan Solutions", want: []string{"organization:Quillan Solutions"}},
		{text: "He is the President of Russia.", phrase: "President of Russia", want: []string{"place:Russia"}},
		{text: "They recognise the State of Israel.", phrase: "State of Israel"},
		{text: "The Prince of Wales spoke.", phrase: "Prince of Wales"},
		{text: "Secretary of State Ginger Varrowell spoke.", phrase: "Secretary of State Ginger Varrowell"},
		{text: "The Bank of England said so.", phrase: "Bank of England"},
	},
	"a town of two words or more": {
		{text: "Mark Wu was at the Glen Ellyn shelter. Glen Ellyn Dog Rescue said so.", phrase: "Glen Ellyn", want: []string{"place:Glen Ellyn"}},
		{text: "The dog was found in San Jose.", phrase: "San Jose"}, // the recogniser says place
		{text: "The cat was found by Ann Smith.", phrase: "Ann Smith"},
	},
	"a newspaper named after its town": {
		{text: "It owns the Tulsa Ledger.", phrase: "Tulsa Ledger", want: []string{"organization:Tulsa Ledger"}},
		{text: "She wrote for the Fresno Citizen.", phrase: "Fresno Citizen", want: []string{"organization:Fresno Citizen"}},
		{text: "It owns the Dayton Clarion.", phrase: "Dayton Clarion"}, // one paper's word: left to the context
		{text: "They met Ann Ledger.", phrase: "Ann Ledger"},
	},
	"a name and its number": {
		{text: "He drove a Porsche 911 Turbo last year.", phrase: "Porsche", want: []string{"other:Porsche 911 Turbo"}},
		{text: "Ford 150 workers went on strike.", phrase: "Ford"},
		{text: "The Quux 1660 Ti is a fast card.", phrase: "Quux", want: []string{"other:Quux 1660 Ti"}},
		{text: "She won the Quux 40 Under 40 award.", phrase: "Quux"},
		{text: "Mr. Quux 2 said so.", phrase: "Mr. Quux"},
		{text: "Emirates ordered 30 Boeing 787 Dreamliners on Monday.", phrase: "Boeing", want: []string{"other:Boeing 787 Dreamliners"}},
		{text: "It flew the Boeing 777X for the first time.", phrase: "Boeing", want: []string{"other:Boeing 777X"}},
		{text: "Boeing 2019 results were weak.", phrase: "Boeing"},
		{text: "He made the ZQX 40 Under 40 list.", phrase: "ZQX"},
		{text: "The ZQX 500 index fell 2%.", phrase: "ZQX", want: []string{"other:ZQX 500"}},
		{text: "The Zorbly 500 index fell 2%.", phrase: "Zorbly", want: []string{"other:Zorbly 500"}},
		{text: "He filed for Chapter 11 in May.", phrase: "Chapter"},
		{text: "Shares in the Q&Z 300 rose.", phrase: "Q&Z", want: []string{"other:Q&Z 300"}},
		{text: "They won Game 7 in May.", phrase: "Game"},
		{text: "The plan reached Phase 3 in May.", phrase: "Phase"},
		{text: "It was in London 2012 that he won.", phrase: "London"},
		{text: "The Quux Summit 2024 opened.", phrase: "Quux Summit"},
		{text: "Ann Smith 45 said so.", phrase: "Ann Smith"},
		{text: "It rose in Zorbly 5-7 times.", phrase: "Zorbly"},
		{text: "She watched it on Zorbly 10 times.", phrase: "Zorbly"},
		{text: "It sold through Quuxpal 5 million copies.", phrase: "Quuxpal"},
		{text: "The Zorbly Quux Red Dead Lantern 2 port stutters.", phrase: "Zorbly Quux Red Dead Lantern"},
	},
	"a firm of names joined by &": {
		{text: "A survey by Frost & Sullivan found it.", phrase: "Frost & Sullivan", want: []string{"organization:Frost & Sullivan"}},
		{text: "He worked at AT&T for years.", phrase: "AT&T", want: []string{"organization:AT&T"}},
		{text: "The S&P 500 fell.", phrase: "S&P"},
		{text: "Ann Smith and Bob Jones met.", phrase: "Ann Smith"},
		{text: "It has a Quux & Zorbly Premium sound system.", phrase: "Quux & Zorbly Premium", want: []string{"organization:Quux & Zorbly"}},
		{text: "He joined Quux & Zorbly Partners in May.", phrase: "Quux & Zorbly Partners", want: []string{"organization:Quux & Zorbly Partners"}},
		{text: "It charges fast. Plug & Charge lets the car pay.", phrase: "Plug & Charge", want: []string{":Plug & Charge"}},
		// Two English words joined by & leading a longer name.
		{text: "The four stages of Plan & Grow BIG are simple.", phrase: "Plan & Grow BIG", want: []string{":Plan & Grow BIG"}},
		{text: "It has a Door & Window Entry Sensor for $30.", phrase: "Door & Window Entry Sensor", want: []string{":Door & Window Entry Sensor"}},
		{text: "Amazon sells the Quux Door & Window Entry Sensor for $30.", phrase: "Quux Door & Window Entry Sensor", want: []string{":Quux Door & Window Entry Sensor"}},
		// Two organisations each known alone are two.
		{text: "Like us on Facebook. Follow us on Twitter & Instagram", phrase: "Twitter & Instagram", want: []string{"organization:Twitter", "organization:Instagram"}},
		{text: "Follow Quux on YouTube & LinkedIn.", phrase: "YouTube & LinkedIn", want: []string{"organization:YouTube", "organization:LinkedIn"}},
		{text: "It is sold at Barnes & Noble stores.", phrase: "Barnes & Noble", want: []string{"organization:Barnes & Noble"}},
	},
	"a person led by a common word": {
		{text: "Quuxstat Patient Watch said the patient was well.", phrase: "Quuxstat Patient Watch", want: []string{":Quuxstat Patient Watch"}},
		{text: "Ruben King said the patient was well.", phrase: "Ruben King"},
		{text: "The clinic uses Relay Connect to page nurses.", phrase: "Relay Connect", want: []string{":Relay Connect"}},
		{text: "The pair played Crypt Raider all night.", phrase: "Crypt Raider", want: []string{":Crypt Raider"}},
	},
	"a place in an address": {
		{text: "Two people were hurt in a collision in Ashby Store, Hanover.", phrase: "Ashby Store", want: []string{"place:Ashby Store"}},
		{text: "Two people were hurt in a collision in Ashby Store, Hanover.", phrase: "Hanover", want: []string{"place:Hanover"}},
		{text: "In a letter to Ann Smith, Bob Jones said no.", phrase: "Ann Smith"},
		{text: "It was held in Ashby, Smith said.", phrase: "Ashby"},
	},
	"a road by its number": {
		{text: "He lives at 2245 W. County Road 450N, in town.", phrase: "W. County Road", want: []string{"place:County Road 450N"}},
		{text: "The van was eastbound on 2350N Road at dusk.", phrase: "Road", want: []string{"place:2350N Road"}},
		{text: "They drove Route 66 west.", phrase: "Route", want: []string{"place:Route 66"}},
		{text: "The Road was long.", phrase: "Road"},
		{text: "Troopers stopped the truck on I-10 east of town.", phrase: "I-10", want: []string{"place:I-10"}},
		{text: "She filed an I-130 petition last year.", phrase: "I-130"},
		{text: "Employers check Form I-9 for each hire.", phrase: "I-9"},
	},
	"a company of a place": {
		{text: "Analysts said Union Planters Corp. of Memphis reported a loss.", phrase: "Union Planters Corp. of Memphis", at: "of", want: []string{"organization:Union Planters Corp.", "place:Memphis"}},
		{text: "Shares of Royal Bank of Scotland fell.", phrase: "Royal Bank of Scotland", at: "of"},
	},
	"an organisation after its kind starting a sentence": {
		{text: "Developer Sprocket called it a major release.", phrase: "Developer Sprocket", want: []string{"organization:Sprocket"}},
		{text: "Band Ann Smith played.", phrase: "Band Ann Smith"},
		{text: "He said Developer Sprocket was late.", phrase: "Developer Sprocket"},
	},
	"the initials of a name": {
		{text: "Rep. Ann Quux-Zorbly spoke. AQZ said no.", phrase: "AQZ", prior: "Rep. Ann Quux-Zorbly", want: []string{":AQZ"}},
		{text: "The World Health Organization warned. WHO said so.", phrase: "WHO", want: []string{":WHO"}},
		{text: "She won three Zorbly Music Awards. The ZMAs were held in May.", phrase: "ZMAs", want: []string{":ZMAs"}},
		{text: "Zorbly Music Awards and Zeta Mu Alpha met. ZMA said so.", phrase: "ZMA"},
		{text: "The FBI said so.", phrase: "FBI"},
	},
	"a product of a known maker": {
		{text: "She played on her Bridgestone Quux all week.", phrase: "Bridgestone Quux", want: []string{"other:Bridgestone Quux"}},
		{text: "She played on her Bridgestone Quux Varrow all week.", phrase: "Bridgestone Quux Varrow"},
		{text: "Bridgestone Workers get a pay rise.", phrase: "Bridgestone Workers"},
		{text: "Chevrolet Employees went on strike.", phrase: "Chevrolet Employees"},
		{text: "Shares of Google Class C rose.", phrase: "Google Class C"},
		{text: "The Chevrolet Varrow goes on sale.", phrase: "Chevrolet Varrow", want: []string{"other:Chevrolet Varrow"}},
		{text: "The Ford Quillster has 400 horsepower, more than other cars.", phrase: "Ford Quillster", want: []string{"other:Ford Quillster"}},
		{text: "Ford Quillster resigned on Monday.", phrase: "Ford Quillster"},
		{text: "They were riding in a Toyota Sable when it stalled.", phrase: "Toyota Sable", want: []string{"other:Toyota Sable"}},
		{text: "Ask Samsung Galaxy S10 owners.", phrase: "Samsung Galaxy", want: []string{"other:Samsung Galaxy S10"}},
		{text: "The Google Quux Zorbly Lantern Festival stream stutters.", phrase: "Google Quux Zorbly Lantern Festival", want: []string{"other:Google Quux", "event:Zorbly Lantern Festival"}},
		{text: "Shares of Toyota Motor rose.", phrase: "Toyota Motor"},
		{text: "The jet is late, Lockheed Martin said.", phrase: "Lockheed Martin"}, // a company of the lexicon
		{text: "It was reported by BBC Sport today.", phrase: "BBC Sport"},
		{text: "Google CEO Sundar Pichai spoke.", phrase: "Google CEO Sundar Pichai"},
	},
	"a place in the gazetteer": {
		{text: "HANOI, Vietnam (AP) — It rained.", phrase: "HANOI", want: []string{"place:HANOI"}},
		{text: "They flew to South Dakota.", phrase: "South Dakota", want: []string{"place:South Dakota"}},
		{text: "He stayed on his private Caribbean island.", phrase: "Caribbean", want: []string{}},
		{text: "He stayed in the Caribbean on Monday.", phrase: "Caribbean", want: []string{"place:Caribbean"}},
		{text: "They met Ann Smith.", phrase: "Ann Smith"},
		{text: "Amazon said it would hire more.", phrase: "Amazon"},
		{text: "Floods swept Hertfordshire overnight.", phrase: "Hertfordshire", want: []string{"place:Hertfordshire"}},
		{text: "The Yangtze burst its banks.", phrase: "Yangtze", want: []string{"place:Yangtze"}},
		{text: "Durham said the plan would fail.", phrase: "Durham"},
		{text: "Lydia said she would stay.", phrase: "Lydia"},
		{text: "Bougainville shares rose on Monday.", phrase: "Bougainville"},
		{text: "Fires burned in the Amazon this year.", phrase: "Amazon", want: []string{"place:Amazon"}},
	},
	"a person's name before an organisation's": {
		{text: "Ann Quux spoke. An aide at the Quux National Security Council leaked it.", phrase: "Quux National Security Council", prior: "Ann Quux",
			want: []string{"person:Quux", "organization:National Security Council"}},
		{text: "The Zorbly National Security Council met.", phrase: "Zorbly National Security Council"},
		{text: "Varrow spoke. Varrow left. Varrow International Inc. said profits fell.", phrase: "Varrow International Inc."},
	},
	"an organisation by its cue words": {
		{text: "It was U.S. Customs and Border Protection that seized it.", phrase: "U.S. Customs and Border Protection", want: []string{"organization:U.S. Customs and Border Protection"}},
		{text: "He cited Data Protection rules.", phrase: "Data Protection"},
		{text: "The Ministry of Defence said so.", phrase: "Ministry of Defence", want: []string{"organization:Ministry of Defence"}},
		{text: "The results appear in today's New Quillan Journal of Medicine, a forum.", phrase: "New Quillan Journal of Medicine", want: []string{"organization:New Quillan Journal of Medicine"}},
		{text: "It was published in the Annals of Varrow Surgery.", phrase: "Annals of Varrow Surgery", want: []string{"organization:Annals of Varrow Surgery"}},
		{text: "Members of the Labour Party voted.", phrase: "Labour Party", want: []string{"organization:Labour Party"}},
		{text: "They met Ann Smith.", phrase: "Ann Smith"},
		{text: "Later Bank of England Governor Mark Carney spoke.", phrase: "Bank of England Governor Mark Carney"},
	},
	"a person after a title": {
		{text: "US President Donald Trump spoke.", phrase: "US President Donald Trump", want: []string{"place:US", "person:Donald Trump"}},
		{text: "Secretary of State Ginger Varrowell spoke.", phrase: "Secretary of State Ginger Varrowell", want: []string{"person:Ginger Varrowell"}},
		{text: "He is the High Commissioner for Human Rights.", phrase: "High Commissioner"},
		{text: "Under Emperor Wilhelm II, the fleet grew.", phrase: "Emperor Wilhelm II", want: []string{"person:Wilhelm II"}}, // a ruler's title
		{text: "Tsar Quillan II abdicated.", phrase: "Tsar Quillan II", want: []string{"person:Quillan II"}},
		{text: "Z-Quill CEO Dana Varrowell will retire.", phrase: "Z-Quill CEO Dana Varrowell", want: []string{"organization:Z-Quill", "person:Dana Varrowell"}},
		{text: "Federal Reserve Chairman Jerome Powell spoke.", phrase: "Federal Reserve Chairman Jerome Powell", want: []string{"organization:Federal Reserve", "person:Jerome Powell"}},
		{text: "It cited Curtis Quillstad and Energy Secretary Olive Ashton on Friday.", phrase: "Curtis Quillstad and Energy Secretary Olive Ashton", want: []string{"person:Curtis Quillstad", "person:Olive Ashton"}},
		{text: "Food and Drug Administration Commissioner Ann Smith spoke.", phrase: "Food and Drug Administration Commissioner Ann Smith", want: []string{"organization:Food and Drug Administration", "person:Ann Smith"}},
	},
	"a storm by its first word": {
		{text: "Damage from Hurricane Hugo was heavy.", phrase: "Hurricane Hugo", want: []string{"event:Hurricane Hugo"}},
		{text: "Tropical Storm Barry made landfall.", phrase: "Tropical Storm Barry", want: []string{"event:Tropical Storm Barry"}},
		{text: "They read Hurricane last year.", phrase: "Hurricane"},
	},
	"an event by its last word": {
		{text: "He fought in World War II as a boy.", phrase: "World War II", want: []string{"event:World War II"}},
		{text: "The Battle of Brelford was fought in 1863.", phrase: "Battle of Brelford", want: []string{"event:Battle of Brelford"}},
		{text: "Queen Ann Quux II spoke.", phrase: "Ann Quux II"},
		{text: "It was unveiled at the Quux Boat Show in May.", phrase: "Quux Boat Show", want: []string{"event:Quux Boat Show"}},
		{text: "Crowds came to the 7th Zorbly Light Festival.", phrase: "Zorbly Light Festival", want: []string{"event:7th Zorbly Light Festival"}},
		{text: "He fought in the Vietnam War.", phrase: "Vietnam War", want: []string{"event:Vietnam War"}},
		{text: "Thousands died in the Quuxi Rising against the empire.", phrase: "Quuxi Rising", want: []string{"event:Quuxi Rising"}},
		{text: "The Brelford Airlift fed the city for a year.", phrase: "Brelford Airlift", want: []string{"event:Brelford Airlift"}},
		{text: "The Great Famine emptied the villages.", phrase: "Great Famine", want: []string{"event:Great Famine"}},
		{text: "Designer Richard Quayday and Richard Day met.", phrase: "Richard Day"},
		{text: "Read: Ghost Haunts A Couple In Crisis\n\nThe film opens.", phrase: "Ghost Haunts A Couple In Crisis"},
		{text: "She will sing at the Quillan Music Awards in May.", phrase: "Quillan Music Awards", want: []string{"event:Quillan Music Awards"}},
		{text: "He went to Vietnam.", phrase: "Vietnam"},
		{text: "Banks failed in the Great Quux Depression of 1930.", phrase: "Great Quux Depression", want: []string{"event:Great Quux Depression"}},
		{text: "Delegates met at the Democratic National Convention in July.", phrase: "National Convention", want: []string{"event:Democratic National Convention"}},
		{text: "Delegates met at the Quux Party Convention in July.", phrase: "Quux Party Convention", want: []string{"event:Quux Party Convention"}},
		{text: "They signed the Brelford Convention in 1951.", phrase: "Brelford Convention"},
		{text: "Tickets for the Quux World Tour sold out.", phrase: "Quux World Tour", want: []string{"event:Quux World Tour"}},
		{text: "He won twice on the Quux Tour.", phrase: "Quux Tour"},
		{text: "The Brelford Series was won by Quux.", phrase: "Brelford Series", want: []string{"event:Brelford Series"}},
		{text: "Buy the Quux Watch Series 3 now.", phrase: "Quux Watch Series"},
		{text: "She hosted the Quux Globes last year.", phrase: "Quux Globes", want: []string{"event:Quux Globes"}},
		{text: "Rockledge won the Quux Coast Classic on Friday.", phrase: "Quux Coast Classic", want: []string{"event:Quux Coast Classic"}},
		{text: "She ran at the Quux Relays in April.", phrase: "Quux Relays", want: []string{"event:Quux Relays"}},
		{text: "The Coca-Cola Classic can was recalled.", phrase: "Coca-Cola Classic"},
	},
	"a law or award by its last word": {
		{text: "He voted for the Affordable Care Act in 2010.", phrase: "Affordable Care Act", want: []string{"other:Affordable Care Act"}},
		{text: "It won the Philip K. Dick Award that year.", phrase: "Philip K. Dick Award", want: []string{"other:Philip K. Dick Award"}},
		{text: "The First Amendment protects it.", phrase: "First Amendment", want: []string{"other:First Amendment"}},
		{text: "He met Ann Smith yesterday.", phrase: "Ann Smith"},
		{text: "Under the Quillan Penal Code, it is a crime.", phrase: "Quillan Penal Code", want: []string{"other:Quillan Penal Code"}},
	},
	"an institution named by one word": {
		{text: "The bill passed the Senate on Friday.", phrase: "Senate", want: []string{"organization:Senate"}},
		{text: "Senate leaders met.", phrase: "Senate"},
	},
	"a title alone": {
		{text: "King and Sands were detained.", phrase: "King", want: []string{"surname:King"}},
		{text: "She joins as Chief Strategy Officer of the firm.", phrase: "Chief Strategy Officer", want: []string{}},
		{text: "Sands and Ann were detained.", phrase: "Ann"},
	},
	"trim nationalities": {
		{text: "The Afghan Taliban spoke.", phrase: "Afghan Taliban", want: []string{"organization:Taliban"}},
		{text: "Many Eastern Michigan voters spoke.", phrase: "Eastern Michigan", want: []string{"place:Michigan"}},
		{text: "The Taliban spoke.", phrase: "Taliban", left: "Taliban"},
		{text: "House Democrats voted.", phrase: "Democrats", left: "Democrats"},
	},
	"a line in capitals": {
		{text: sportsReport + "\n\nNORWAY ADVANCES\n\nNorway beat Chile.", phrase: "NORWAY ADVANCES", want: []string{"organization:NORWAY"}},
		{text: sportsReport + "\n\nNEW ZEALAND WINS AGAIN\n\nNew Zealand won.", phrase: "NEW ZEALAND WINS AGAIN", want: []string{"organization:NEW ZEALAND"}},
		{text: "HOW WILL SMITH RESPOND?\n\nSenator Ann Smith said Smith would wait.", phrase: "HOW WILL SMITH RESPOND", want: []string{":SMITH"}},
		{text: "NASA DELAYS LAUNCH\n\nNASA said on Friday it would wait.", phrase: "NASA DELAYS LAUNCH", want: []string{":NASA"}},
		{text: "GIRLS BASKETBALL\n\nThe Eagles won.", phrase: "GIRLS BASKETBALL", want: []string{}},
		{text: "WHAT SAY YOU, JURY?\n\nThe jury is out.", phrase: "WHAT SAY YOU", want: []string{}},
		{text: "NEW YORK YANKEES\n\nThe New York Yankees won.", phrase: "NEW YORK YANKEES"},
		{text: "HANOI\n\nThe talks ended in Hanoi.", phrase: "HANOI"},
		{text: "The FBI and CIA said so.", phrase: "FBI"},
	},
	"a campus after its university": {
		{text: "He studies at the University of California, Riverside, and works nearby.", phrase: "Riverside", prior: "University of California", want: []string{"organization:University of California, Riverside"}},
		{text: "A study by the University of Wisconsin, Madison found it.", phrase: "Madison", prior: "University of Wisconsin", want: []string{"organization:University of Wisconsin, Madison"}},
		{text: "It beat the University of Texas, Oklahoma and Baylor.", phrase: "Oklahoma", prior: "University of Texas"},
		{text: "It beat the University of Texas, Oklahoma, Baylor and Rice.", phrase: "Oklahoma", prior: "University of Texas"},
		{text: "Ann Smith, San Francisco, wrote in.", phrase: "San Francisco", prior: "Ann Smith"},
		{text: "Scientists of the University of Herder, Leipzig, the team said.", phrase: "Leipzig", prior: "University of Herder"},
	},
	ruleDegreeAfterName: {
		{text: "“It works,” says Karen Quillan, MD, PhD, who led it.", phrase: "MD", want: []string{"surname:MD"}},
		{text: "The nurse was Ann Varrow, RN.", phrase: "RN", want: []string{"surname:RN"}},
		{text: "He lives in Quillan Falls, MD, with his wife.", phrase: "MD"},
		{text: "Ann Varrow, CEO of QZR Corp, spoke.", phrase: "CEO"},
		{text: "They met Ann Varrow, QZR and Brelco.", phrase: "QZR"},
	},
	"a state after a town": {
		{text: "The tour stops in Noblesville, IN on Friday.", phrase: "IN", want: []string{"place:IN"}},
		{text: "DEKALB, Ill. — The Huskies lost.", phrase: "Ill.", want: []string{"place:Ill."}},
		{text: "He flew to S.C. on Monday.", phrase: "S.C.", want: []string{"place:S.C."}},
		{text: "Flu is IN SD.", phrase: "IN"},
		{text: "July 19 -- Quillan Stage, Toronto, ON July 22 -- Varrow", phrase: "ON July", want: []string{"place:ON"}, left: "July"},
		// A degree after a person's full name, an acronym in a list.
		{text: "“It works,” says Karen Quillan, MD, PhD, who led it.", phrase: "MD"},
		{text: "It was Dr. Varrow, DO, who saw her.", phrase: "DO"},
		{text: "Scans such as MRT, CT and PET are common.", phrase: "CT"},
		{text: "NEW YORK, NY — Quillex said so.", phrase: "NY", want: []string{"place:NY"}},
		{text: "He lives in Quillan Falls, MD, with his wife.", phrase: "MD", want: []string{"place:MD"}},
		{text: "By Karen G. Quillan Birmingham, Ala. The group met.", phrase: "Ala.", want: []string{"place:Ala."}},
	},
	"a town before a state": {
		{text: "He visited McAllen, Texas, in October.", phrase: "McAllen", want: []string{"place:McAllen"}},
		{text: "The sheriff of Orange County, Calif., said so.", phrase: "Orange County", want: []string{"place:Orange County"}},
		{text: "Ted Cruz, Texas senator, spoke.", phrase: "Ted Cruz"},
		{text: "Under Chancellor Quillan, Germany's empire grew.", phrase: "Chancellor Quillan"},
		{text: "It gave the account to Quillan & Varrow, New York, an agency.", phrase: "Quillan & Varrow"},
		{text: "But Quillex, Japan's No. 1 computer maker, is not alone.", phrase: "Quillex"},
		{text: "He flew to Osaka, Japan's second city.", phrase: "Osaka", want: []string{"place:Osaka"}},
		// An event before a clause that starts with a country.
		{text: "At the end of World War II, Germany surrendered.", phrase: "World War II"},
		{text: "After the Crimean War, Russia sold Alaska.", phrase: "Crimean War"},
		{text: "During Watergate, America lost faith.", phrase: "Watergate"},
	},
	"a team in a sports result": {
		{text: "A band organized by Spanish fans played.", phrase: "Spanish"},
		{text: "It was new. Casual fans are less likely to care.", phrase: "Casual"},
		{text: "Police said Morales beat Vargas to death with a pipe.", phrase: "Vargas"},
		{text: "Police said Morales beat Vargas to death with a pipe.", phrase: "Morales"},
		{text: "Toronto general manager Ann Wu praised him.", phrase: "Toronto", want: []string{"organization:Toronto"}},
		{text: "Ann Smith head coach Bo Wu spoke.", phrase: "Ann Smith"},
		{text: "It was a 2-0 win over Zorbly at home.", phrase: "Zorbly", want: []string{"organization:Zorbly"}},
		{text: "Their defeat to Liverpool hurt.", phrase: "Liverpool", want: []string{"organization:Liverpool"}},
		{text: "He won a victory over Ann Smith.", phrase: "Ann Smith"},
		{text: "Head coach Dana Reyes spoke.", phrase: "Head"},
		{text: "Assistant manager Ann Wu left.", phrase: "Assistant"},
		{text: "It fined Pittsburgh center Dorian Varrowell.", phrase: "Pittsburgh", want: []string{"organization:Pittsburgh"}},
		{text: "The Hornets (7-4, 2-5) ended a skid.", phrase: "Hornets", want: []string{"organization:Hornets"}},
		{text: "Recap\nWild 4, Sabres 1: Zach Parise scored twice.", phrase: "Sabres", want: []string{"organization:Sabres"}},
		{text: "Zach Parise scored as Minnesota beat Buffalo on Tuesday.", phrase: "Minnesota", want: []string{"organization:Minnesota"}},
		{text: "Zach Parise scored as Minnesota beat Buffalo on Tuesday.", phrase: "Buffalo", want: []string{"organization:Buffalo"}},
		{text: "Palm Bay d. Rockledge 70-44", phrase: "Rockledge", want: []string{"organization:Rockledge"}},
		{text: "Trump beat Hillary Clinton in Michigan.", phrase: "Trump"},
		{text: "On Sunday Arsenal beat Benfica 2-1 at home.", phrase: "Benfica", want: []string{"organization:Benfica"}},
		{text: "The rematch is in Pittsburgh on Sunday.", phrase: "Pittsburgh"},
		// A numbered part of a hearing, a book or a series is no score.
		{text: "Highlights:\nDay 3, Part 10: the opening statement", phrase: "Day"},
		{text: "Highlights:\nDay 3, Part 10: the opening statement", phrase: "Part"},
		{text: "Recap\nGame 7, Round 2: Zorbly led early.", phrase: "Game"},
	},
	"a team in a sports report": {
		{text: sportsReport + " Minnesota will face Northwestern next.", phrase: "Minnesota", want: []string{"organization:Minnesota"}},
		{text: sportsReport + " The rematch is in Pittsburgh.", phrase: "Pittsburgh"},
		{text: sportsReport + " Norway fell to Canada.", phrase: "Canada", want: []string{"organization:Canada"}},
		{text: sportsReport + " Maroon, a St. Louis native, scored.", phrase: "St. Louis"},
		{text: "Minnesota will vote on the budget next week.", phrase: "Minnesota"},
	},
	"a place by its last word": {
		{text: "U.S. Trade Representative Carla Hills announced it.", phrase: "U.S. Trade Representative Carla Hills"},
		{text: "Mr. Lane said so.", phrase: "Mr. Lane"},
		{text: "A crash near Ninth Street and Varrow Avenue.", phrase: "Ninth Street", want: []string{"place:Ninth Street"}},
		{text: "Visit the Zorbly Showroom this week.", phrase: "Zorbly Showroom", want: []string{"place:Zorbly Showroom"}},
		{text: "A stop near 17th Street on Monday.", phrase: "Street", want: []string{"place:17th Street"}},
		{text: "They play at Quillan Field and the Varrow Music Center.", phrase: "Varrow Music Center", want: []string{"place:Varrow Music Center"}},
		{text: "He studied the Tibetan Plateau.", phrase: "Tibetan Plateau", want: []string{"place:Tibetan Plateau"}},
		{text: "Sally Field won an award.", phrase: "Sally Field"},
		{text: "Then Shauna Marsh bowled.", phrase: "Shauna Marsh"},                                                 // a given name and a surname the census lists (ner20p)
		{text: "They sailed into Quillan Bay at dawn.", phrase: "Quillan Bay", want: []string{"place:Quillan Bay"}}, // no given name
		{text: "They walked in Grant Marsh at dawn.", phrase: "Grant Marsh", want: []string{"place:Grant Marsh"}},   // a given name that is a word
		{text: "It happened in the Quillan Valley on Monday.", phrase: "Quillan Valley", want: []string{"place:Quillan Valley"}},
		{text: "He lives near Quillan Heights now.", phrase: "Quillan Heights", want: []string{"place:Quillan Heights"}},
		{text: "He wrote to Sally Field on Monday.", phrase: "Sally Field"},
		{text: "The fire began near Oxley Ridge on Monday.", phrase: "Oxley Ridge", want: []string{"place:Oxley Ridge"}},
		{text: "Faith Hill sang.", phrase: "Faith Hill"},
		{text: "Crowds gathered on Quillanplatz at noon.", phrase: "Quillanplatz", want: []string{"place:Quillanplatz"}},
		{text: "Shops on Varrowstraat and Brelgatan closed.", phrase: "Varrowstraat", want: []string{"place:Varrowstraat"}},
		{text: "He was taken to the Quillan-Klinik at night.", phrase: "Quillan-Klinik", want: []string{"place:Quillan-Klinik"}},
		{text: "Rents rose across the Quillan Bay Area last year.", phrase: "Quillan Bay Area", want: []string{"place:Quillan Bay Area"}},
		{text: "The publisher Brelford-Hill said so.", phrase: "Brelford-Hill"},
		{text: "Quillan Creek shares rose on Monday.", phrase: "Quillan Creek"},
		{text: "The Westminster said so.", phrase: "Westminster"},
		{text: "The family spent a week at Quillan World in May.", phrase: "Quillan World", want: []string{"place:Quillan World"}},
		{text: "They took a trip to Quillan World last year.", phrase: "Quillan World", want: []string{"place:Quillan World"}},
		{text: "She is an editor at Quillan World now.", phrase: "Quillan World"},
		{text: "Quillan World reported a loss.", phrase: "Quillan World"},
		{text: "The Pew Research Center said so.", phrase: "Pew Research Center"},
		{text: "They swam across the Quillan Canal at dawn.", phrase: "Quillan Canal", want: []string{"place:Quillan Canal"}},
		{text: "Boats crowded the Varrow Lagoon and the Brelford Promenade.", phrase: "Brelford Promenade", want: []string{"place:Brelford Promenade"}},
	},
	"a place by its first word": {
		{text: "Fishermen on Lake Quillan reported a spill.", phrase: "Lake Quillan", want: []string{"place:Lake Quillan"}},
		{text: "She climbed Mt. Varrick twice.", phrase: "Mt. Varrick", want: []string{"place:Mt. Varrick"}},
		{text: "The ship docked in Port Quillan on Friday.", phrase: "Port Quillan", want: []string{"place:Port Quillan"}},
		{text: "Soldiers left Fort Varrick at dawn.", phrase: "Fort Varrick", want: []string{"place:Fort Varrick"}},
		{text: "Protesters marched down the Calle de Alcala.", phrase: "Calle de Alcala", want: []string{"place:Calle de Alcala"}},
		{text: "The shop is on Via Quillan in the old town.", phrase: "Via Quillan", want: []string{"place:Via Quillan"}},
		{text: "They walked along the Rue Quillan at night.", phrase: "Rue Quillan", want: []string{"place:Rue Quillan"}},
		{text: "Tourists flock to St. Albans every winter.", phrase: "St. Albans", want: []string{"place:St. Albans"}},
		{text: "Via Zorbly, the firm sold shares.", phrase: "Via Zorbly"},
		{text: "He travelled on Via Rail to the coast.", phrase: "Via Rail"},
		{text: "Saint Quillan wrote letters.", phrase: "Saint Quillan"},
		{text: "Sierra Quillan said she would run.", phrase: "Sierra Quillan"},
		{text: "He passed the ball to Rio Ferdinand at once.", phrase: "Rio Ferdinand"},
	},
	"an office": {
		{text: "Zorbland Ambassador to the African Union Ann Wu spoke.", phrase: "Zorbland Ambassador", prior: "Zorbland", want: []string{"place:Zorbland"}},
		{text: "Zorbly is investigated by the Vermont State Attorney General.", phrase: "Vermont State Attorney General", want: []string{"organization:Vermont State Attorney General"}},
		{text: "The United Nations High Commissioner for Human Rights objected.", phrase: "United Nations High Commissioner for Human Rights", want: []string{"organization:United Nations High Commissioner for Human Rights"}},
		{text: "The Prime Minister spoke.", phrase: "Prime Minister"},
	},
	"a company written in camel case": {
		{text: "Investors of QuillWork and SoftBank met. QuillWork fell.", phrase: "QuillWork", want: []string{"organization:QuillWork"}},
		// Named once, a word in camel case is as often a product, a
		// feature or a tag as a company: the later rules decide.
		{text: "Investors of QuillWork and SoftBank met.", phrase: "QuillWork"},
		{text: "Items with the VarrowTag data tag break.", phrase: "VarrowTag"},
		{text: "Ruben McQuillan and CJ DeVarrow sang.", phrase: "Ruben McQuillan"},
		{text: "Read at XPxUJuyIAC now.", phrase: "XPxUJuyIAC"},
	},
	"a place after its kind": {
		{text: "They fled the village of Sarkh at night.", phrase: "Sarkh", want: []string{"place:Sarkh"}},
		{text: "He was seen 20 miles south of Jerusalem today.", phrase: "Jerusalem", want: []string{"place:Jerusalem"}},
		{text: "He was seen south of Zorbly today.", phrase: "Zorbly"},
		{text: "The president of Zorbly spoke.", phrase: "Zorbly"},
		{text: "It spoke of the state of Joe Biden today.", phrase: "Joe Biden"},
	},
	"a site by its domain": {
		{text: "Data from Zorblycontrol.com showed it.", phrase: "Zorblycontrol", want: []string{"organization:Zorblycontrol.com"}},
		{text: "He left Zorbly. Com was next.", phrase: "Zorbly"},
		{text: "See Zorbly.com/story for more.", phrase: "Zorbly"},
		{text: "Share your voice on Zorbly.com!", phrase: "Zorbly", want: []string{"organization:Zorbly.com"}},
		{text: "According to fan site QuuxWars.net, it is back.", phrase: "QuuxWars", want: []string{"organization:QuuxWars.net"}},
		{text: "(Video by Ann Quill | Zorbly Advance Media for ZJ.com)", phrase: "Zorbly Advance Media for ZJ",
			want: []string{"organization:Zorbly Advance Media", "organization:ZJ.com"}},
	},
	"a device or edition by its last word": {
		{text: "It streams to a Zorbly Ultra now.", phrase: "Zorbly Ultra", want: []string{"other:Zorbly Ultra"}},
		{text: "He met Ann Max yesterday.", phrase: "Ann Max"},
		{text: "Quux sells the Zorbly Keyboard for $99.", phrase: "Zorbly Keyboard", want: []string{"other:Zorbly Keyboard"}},
		{text: "He bought the Collector's Edition.", phrase: "Collector", left: "Collector"},
		{text: "He met Zorbly Quux yesterday.", phrase: "Zorbly Quux"},
	},
	"a product's model": {
		{text: "The Ford F-150 sold well.", phrase: "Ford F-150", want: []string{"other:Ford F-150"}},
		{text: "It runs on a Zorbly X5 at home.", phrase: "Zorbly X5", want: []string{"other:Zorbly X5"}},
		{text: "He met Ann Max yesterday.", phrase: "Ann Max"},
		{text: "He met Zorbly Quux yesterday.", phrase: "Zorbly Quux"},
		{text: "He drove an Ann Q8 home.", phrase: "Ann Q8", want: []string{"other:Ann Q8"}}, // a given name and a code: no person
		{text: "He met Ann Q8 Smith.", phrase: "Ann Q8 Smith"},
		{text: "Write to London SW1A 1AA today.", phrase: "London SW1A", want: []string{"place:London"}}, // a postcode
	},
	"a party's member": {
		{text: "Ann Quillan, the best-known Democrat in Ohio, spoke.", phrase: "Democrat", want: []string{"organization:Democrat"}},
		{text: "It leaves room for one more moderate Democrat to run.", phrase: "Democrat", want: []string{"organization:Democrat"}},
		{text: "The Republican senators voted.", phrase: "Republican"},
		{text: "He ran for the Republican presidential nomination in 2012.", phrase: "Republican", want: []string{"surname:Republican"}},
		{text: "It was arranged by Republican congressional leaders.", phrase: "Republican", want: []string{"surname:Republican"}},
		{text: "He is the only Republican who agreed.", phrase: "Republican", want: []string{"organization:Republican"}},
	},
	"an organisation after its kind": {
		{text: "The group that now owns his early songs, Zorbly Machine, says he may tour.", phrase: "Zorbly Machine", want: []string{"organization:Zorbly Machine"}},
		{text: "The company's chief executive, Zorbly Quux, said so.", phrase: "Zorbly Quux"},
		{text: "The group met in the capital, Zorbly, on Friday.", phrase: "Zorbly"},
		{text: "The group that owns it, Ann Smith, spoke.", phrase: "Ann Smith"},
	},
	"an organisation as a source or workplace": {
		{text: "The results were published in Zorbly Medicine last week.", phrase: "Zorbly Medicine", want: []string{"organization:Zorbly Medicine"}},
		{text: "A study in Quux found it.", phrase: "Quux", want: []string{"organization:Quux"}},
		{text: "A study in Texas found it.", phrase: "Texas"},
		{text: "It was a paper in Nature by Ann Wu.", phrase: "Nature", want: []string{"organization:Nature"}},
		{text: "Analysts polled by Zorbstat expected more.", phrase: "Zorbstat", want: []string{"organization:Zorbstat"}},
		{text: "That is according to a recent poll from Olive Belmont.", phrase: "Olive Belmont", want: []string{"organization:Olive Belmont"}},
		{text: "It cut staff at Quillio, which it owns.", phrase: "Quillio", want: []string{"organization:Quillio"}},
		{text: "Sales fell, according to Zorbly.", phrase: "Zorbly", want: []string{"organization:Zorbly"}},
		{text: "Sales fell, according to Taylor.", phrase: "Taylor"},
		{text: "Ann Smith spoke. Sales fell, according to Smith.", phrase: "Smith", prior: "Ann Smith"},
		{text: "It used data from Texas and more.", phrase: "Texas"},
		{text: "He was hired by Zorbly last year.", phrase: "Zorbly"},
		{text: "said Ann Smith, one of his editors at Zorbly.", phrase: "Zorbly", want: []string{"organization:Zorbly"}},
		{text: "The researchers at Oxford agreed.", phrase: "Oxford"},
	},
	"a platform before a post noun": {
		{text: "In a Zorbly post at the time she described it.", phrase: "Zorbly", want: []string{"organization:Zorbly"}},
		{text: "He opened a Quux account last year.", phrase: "Quux", want: []string{"organization:Quux"}},
		{text: "It ran a Sunday post about it.", phrase: "Sunday"},
		{text: "It was a Texas story about it.", phrase: "Texas"},
		{text: "It was a Taylor post about it.", phrase: "Taylor"},
	},
	"a news outlet by what it reports": {
		{text: "Earlier this year, Ann Smith told Zorbly the band was back.", phrase: "Zorbly", want: []string{"organization:Zorbly"}},
		{text: "\"We will see,\" he told Quux Insider on Friday.", phrase: "Quux Insider", want: []string{"organization:Quux Insider"}},
		{text: "As she wrote in Quillio last week, prices rose.", phrase: "Quillio", want: []string{"organization:Quillio"}},
		{text: "Separately, Zorbly reported that the government fell.", phrase: "Zorbly", want: []string{"organization:Zorbly"}},
		{text: "Ann Smith spoke. He told Smith the truth.", phrase: "Smith", prior: "Ann Smith"},
		{text: "He told Texas voters so.", phrase: "Texas"},
		{text: "He told Taylor the truth.", phrase: "Taylor"},
		{text: "A man told the Brelford police he saw it.", phrase: "Brelford"},
		{text: "Police reported that the road was shut.", phrase: "Police"},
		{text: "The views expressed in the article do not necessarily reflect those of Zorbly.", phrase: "Zorbly", want: []string{"organization:Zorbly"}},
		{text: "These plans reflect those of Texas.", phrase: "Texas"},
		{text: "Two men stopped the assailant, Quorvik reported on Wednesday.", phrase: "Quorvik", want: []string{"organization:Quorvik"}},
		{text: "Ann Smith spoke. Ann reported that the road was shut.", phrase: "Ann", prior: "Ann Smith"},
		{text: "Ann Smith reported that the road was shut.", phrase: "Ann Smith"},
	},
	"an organisation by the words around it": {
		// A surname of a person the text named is the person's.
		{text: "Quillby shares the formula he used, writes Grant Quillby.", phrase: "Quillby", prior: "Grant Quillby"},
		{text: "Shares of the firm Quillby rose, wrote Ann Quillby.", phrase: "Quillby", prior: "Ann Quillby", want: []string{"organization:Quillby"}},
		{text: "Officials at Varrow, the Swedish furniture maker, said so.", phrase: "Varrow", want: []string{"organization:Varrow"}},
		{text: "Ann Varrow, the Swedish prime minister, said so.", phrase: "Ann Varrow"},
		{text: "Zentrova is a unit of Quillex.", phrase: "Quillex", want: []string{"organization:Quillex"}},
		{text: "Zorbly cut 300 jobs in May.", phrase: "Zorbly", want: []string{"organization:Zorbly"}},
		{text: "Analysts said Quux reported quarterly revenue of $2 billion.", phrase: "Quux", want: []string{"organization:Quux"}},
		{text: "Texas cut 300 jobs.", phrase: "Texas"},
		{text: "The Oregon-based brewer Quux raised prices.", phrase: "Quux", want: []string{"organization:Quux"}},
		{text: "The Oregon-based artist Ann Quux painted it.", phrase: "Ann Quux"},
		{text: "Zorbly said in a statement that it would appeal.", phrase: "Zorbly", want: []string{"organization:Zorbly"}},
		{text: "Ann Smith left. Smith said in a statement that she would appeal.", phrase: "Smith", prior: "Ann Smith"},
		{text: "Head coach Dana Reyes spoke.", phrase: "Head"},
		{text: "Assistant manager Ann Wu left.", phrase: "Assistant"},
		{text: "She wrote to the research firm Quillstat on Monday.", phrase: "Quillstat", want: []string{"organization:Quillstat"}},
		{text: "Analysts said Paint Depot shares fell.", phrase: "Paint Depot", want: []string{"organization:Paint Depot"}},
		{text: "Ann Quillstad, equity strategist at Varrow Tabor, said so.", phrase: "Varrow Tabor", want: []string{"organization:Varrow Tabor"}},
		{text: "He met investor Warren Buffett.", phrase: "Warren Buffett"},
		{text: "He struck Ambrose on the arm with Ambrose's bat.", phrase: "Ambrose"},
		{text: "It is owned by Quillex, a group co-founded by Ann Varrow.", phrase: "Quillex", want: []string{"organization:Quillex"}},
		{text: "He met Zorbly, the group’s leader.", phrase: "Zorbly"},
		{text: "Shares of Stripe rose on Monday.", phrase: "Stripe", want: []string{"organization:Stripe"}},
		{text: "He bought a stake in Benfica last year.", phrase: "Benfica", want: []string{"organization:Benfica"}},
		{text: "Ann Smith spoke. Shares of Smith rose.", phrase: "Smith", prior: "Ann Smith"},
		{text: "Analysts said Palantir revenue grew.", phrase: "Palantir", want: []string{"organization:Palantir"}},
		{text: "It was published in the journal Nature Astronomy today.", phrase: "Nature Astronomy", want: []string{"organization:Nature Astronomy"}},
		{text: "He spoke to the Independent newspaper on Friday.", phrase: "Independent", want: []string{"organization:Independent"}},
		{text: "The chain reported results. Comparable sales rose.", phrase: "Comparable"},
		{text: "In July, closely held Quillex put the paper on the block.", phrase: "Quillex", want: []string{"organization:Quillex"}},
		{text: "Shares of the Nasdaq-listed Zentrova rose.", phrase: "Zentrova", want: []string{"organization:Zentrova"}},
		{text: "The state-owned Varrow Petroleo said so.", phrase: "Varrow Petroleo", want: []string{"organization:Varrow Petroleo"}},
		{text: "Police held Ann Quillex for a day.", phrase: "Ann Quillex"},
		{text: "The state-run Quillex Varrow said so.", phrase: "Quillex Varrow", want: []string{"organization:Quillex Varrow"}},
		{text: "The deal angered Kremlin-backed Varrowitz on Monday.", phrase: "Varrowitz"},
		{text: "They fled the rebel-held Quillex on Monday.", phrase: "Quillex"},
		{text: "It lost its largest shareholder, Quillex Varrow, Switzerland's third largest bank, on Monday.", phrase: "Quillex Varrow", want: []string{"organization:Quillex Varrow"}},
		{text: "Talks with Ann Varrow, China's top negotiator, stalled.", phrase: "Ann Varrow"},
		{text: "Prices fell. Small investors are dismayed.", phrase: "Small"},
		{text: "Prices fell. Zorbly shares are down.", phrase: "Zorbly", want: []string{"organization:Zorbly"}},
		{text: "The team held Quillex scoreless.", phrase: "Quillex"},
	},
	"a team named in the plural": {
		{text: "Ann Quux spoke. The Quuxes left early.", phrase: "Quuxes", prior: "Ann Quux", want: []string{"person:Quuxes"}},
		{text: "Kenta hopes to help the Brelgators win again after they lost 3-1.", phrase: "Brelgators", want: []string{"organization:Brelgators"}},
		{text: "He scored for the Blue Jackets, who lost 3-1 on Monday.", phrase: "Blue Jackets", want: []string{"organization:Blue Jackets"}},
		{text: "He flew to the Philippines on Monday.", phrase: "Philippines"},
		{text: "He met the Russians on Monday.", phrase: "Russians"},
		{text: "Snow fell on the Alps and the Quillans.", phrase: "Quillans", prior: "Alps", want: []string{"place:Quillans"}},
		{text: "The Knicks and the Quillans lost 3-1 on Sunday.", phrase: "Quillans", prior: "Knicks", want: []string{"organization:Quillans"}},
		{text: "Agents searched cars at the Nogales crossing on Monday.", phrase: "Nogales"},
		// Outside a text about matches a plural after "the" is left to
		// the later rules: a thing's, a place's or a group's name.
		{text: "Fans still argue about the Quillar Editions of the films.", phrase: "Quillar Editions"},
		{text: "Boats pass through the Varrow Locks each spring.", phrase: "Varrow Locks"},
		{text: "He wrote about the Brelgators on Monday.", phrase: "Brelgators"},
		{text: "He scored for the Brelgators on Monday.", phrase: "Brelgators", want: []string{"organization:Brelgators"}},
		{text: "They played the Rolling Quillars album twice.", phrase: "Rolling Quillars", want: []string{"organization:Rolling Quillars"}},
	},
	"a town after in": {
		{text: "Eating at a diner in Basingstoke is rare.", phrase: "Basingstoke", want: []string{"place:Basingstoke"}},
		{text: "He met Ann Smith in Basingstoke.", phrase: "Ann Smith"},
		{text: "She was driven to Basingstoke later.", phrase: "Basingstoke", want: []string{"place:Basingstoke"}},
		{text: "They had gone to Basingstoke together.", phrase: "Basingstoke", want: []string{"place:Basingstoke"}},
		{text: "The grain goes to Basingstoke by barge.", phrase: "Basingstoke", want: []string{"place:Basingstoke"}},
		{text: "He wrote a letter to Basingstoke later.", phrase: "Basingstoke"},
		{text: "Aid convoys arrived in North Darfur on Monday.", phrase: "North Darfur", want: []string{"place:North Darfur"}},
		{text: "The body was found in the Tiber on Sunday.", phrase: "Tiber", want: []string{"place:Tiber"}},
		{text: "He sold the Tiber delta farm.", phrase: "Tiber"},
		{text: "The leaders met at Camp David on Friday.", phrase: "Camp David", want: []string{"place:Camp David"}},
		{text: "She works at Basingstoke now.", phrase: "Basingstoke"},
		{text: "He spoke to Basingstoke later.", phrase: "Basingstoke"},
		{text: "Shelling hit northern Basingstoke overnight.", phrase: "Basingstoke", want: []string{"place:Basingstoke"}},
		{text: "Shelling hit northern Zorbly overnight.", phrase: "Zorbly"},
	},
	"a government body after a nationality": {
		{text: "An aide at the British Foreign Office said so.", phrase: "British Foreign Office", want: []string{"organization:Foreign Office"}},
		{text: "She lectures at the American University of Beirut.", phrase: "American University of Beirut"},
		{text: "The Peruvian Air Force said so.", phrase: "Peruvian Air Force", want: []string{"organization:Peruvian Air Force"}},
		{text: "Officers of the Kenyan Federal Police came.", phrase: "Kenyan Federal Police", want: []string{"organization:Kenyan Federal Police"}},
	},
	"an abbreviation in brackets": {
		{text: "It picked Sierra Nevada Corporation (SNC) and others.", prior: "Sierra Nevada Corporation", phrase: "SNC", want: []string{"organization:SNC"}},
		{text: "Zorbland's Quux 300 (QX300) declined.", phrase: "QX300"},
	},
	"a programme before a programme noun": {
		{text: "NASA's Artemis program will land in 2024.", phrase: "Artemis", want: []string{"other:Artemis"}},
		{text: "Artemis will land in 2024.", phrase: "Artemis"},
	},
	"a town before a local noun": {
		{text: "A call sent Cedar Hill police officers to the house.", phrase: "Cedar Hill", want: []string{"place:Cedar Hill"}},
		{text: "A call sent Ann Smith to the house.", phrase: "Ann Smith"},
	},
	"an index by its last word": {
		{text: "Zorbland's Quillan Varrow Index rose.", phrase: "Quillan Varrow Index", want: []string{"other:Quillan Varrow Index"}},
		{text: "Zorbland's Quillan Varrow rose.", phrase: "Quillan Varrow"},
	},
	"a venue in a listing": {
		{text: "May 4 – Boca Raton, FL @ Quillan Sky Amphitheatre", phrase: "Quillan Sky Amphitheatre", want: []string{"place:Quillan Sky Amphitheatre"}},
		{text: "Thanks @Ann Quillan for it.", phrase: "Ann Quillan"},
		{text: "Sept. 18 – Fresno, CA @ The Coliseum", phrase: "The Coliseum", want: []string{"place:The Coliseum"}},
		{text: "Aug. 2 – Hauppauge, NY @ Varrow Health at Quillan Beach Theater", phrase: "Varrow Health at Quillan Beach Theater", want: []string{"place:Varrow Health at Quillan Beach Theater"}},
	},
	"a work of a year": {
		{text: "They played 1981’s Varrow Street in full.", phrase: "Varrow Street", want: []string{"work:Varrow Street"}},
		{text: "They played Mary’s Varrow Street in full.", phrase: "Varrow Street"},
		{text: "Fans lost interest after 1982’s underwhelming Private Quux.", phrase: "Private Quux", want: []string{"work:Private Quux"}},
		{text: "It is a play tied to 1992's European economic integration.", phrase: "European"},
	},
	"a cue word alone": {
		{text: "It was recommended by the Agency's panel.", phrase: "Agency", want: []string{"surname:Agency"}},
		{text: "The bill passed the Senate.", phrase: "Senate"},
	},
	"a label with a letter": {
		{text: "Fans cheered Ann Z on stage.", phrase: "Ann Z"},
		{text: sportsReport + " Argentina won in Group C on Monday.", phrase: "Group C", want: []string{"other:Group C"}},
		{text: "The jail is a Category B prison.", phrase: "Category B"},
		{text: "He met Ann Smith.", phrase: "Ann Smith"},
	},
	"a model code": {
		{text: "Levels of IL-25 rose.", phrase: "IL-25", want: []string{}},
		{text: "It ordered 50 of the Z350 jets.", phrase: "Z350"},
		{text: "The CO2 levels rose.", phrase: "CO2"},
	},
	"a person by an age": {
		{text: "Smith, 45, of Springfield, was arrested.", phrase: "Smith", want: []string{"person:Smith"}},
		{text: "Police arrested Zorbly Quux, 32, of Franklin.", phrase: "Zorbly Quux", want: []string{"person:Zorbly Quux"}},
		{text: "Sales rose in Franklin, 32, a record.", phrase: "Franklin"},
	},
	"a person by a first name": {
		{text: "It rained. Xi Jinping met him.", phrase: "Xi Jinping", want: []string{"person:Xi Jinping"}},
		{text: "They walked down Park Lane.", phrase: "Park Lane"},
		{text: "Police in West Quillshire said so.", phrase: "West Quillshire"}, // a compass point leads a region
		{text: "He met Ann West Quillhart.", phrase: "Ann West Quillhart", want: []string{"person:Ann West Quillhart"}},
		{text: "It rained. Sun Belt states grew.", phrase: "Sun Belt"},
		{text: "LONDON INTERBANK OFFERED RATES rose.", phrase: "LONDON INTERBANK OFFERED RATES"},
		{text: "By JOHN SMITH, Associated Press", phrase: "JOHN SMITH", want: []string{"person:JOHN SMITH"}},
		{text: "More information: R. Hanover et al.", phrase: "R. Hanover", want: []string{"person:R. Hanover"}},
		{text: "CBS reporter Jason La Quillana said so.", phrase: "Jason La Quillana", want: []string{"person:Jason La Quillana"}},
		{text: "They met at Virginia Beach.", phrase: "Virginia Beach"},
		{text: "He drank a La Quillana 1990.", phrase: "La Quillana"}, // an article of another language leads it
		{text: "It rained. El Varroso won.", phrase: "El Varroso"},    // an article of another language leads it
		// A model's code is no surname.
		{text: "Deal: Dell G3 laptop for $549.", phrase: "Dell G3"},
		{text: "Get the Dell Alienware AW3418DW for less.", phrase: "Dell Alienware AW3418DW"},
	},
	"a place or acronym before a name": {
		{text: "The US EPA rated it.", phrase: "US EPA", want: []string{"place:US", "organization:EPA"}},
		{text: "By JOHN SMITH, Associated Press", phrase: "JOHN SMITH"},
		{text: "They are 0-3 in the AFC West this season.", phrase: "AFC West", want: []string{"organization:AFC West"}},
		{text: "The EU envoy EU Curtis Quillstad spoke.", phrase: "EU Curtis Quillstad", want: []string{"organization:EU", "person:Curtis Quillstad"}},
		{text: "He read the Boston Globe.", phrase: "Boston Globe"},
		{text: "A White House Russia adviser spoke.", phrase: "White House Russia", want: []string{"place:White House", "place:Russia"}},
		{text: "Reporting by Ann Quill in HONG KONG, Bo Wu in JAKARTA.", phrase: "HONG KONG", want: []string{"place:HONG KONG"}},
		{text: "It runs on a ZORBLY GTX 1080 card.", phrase: "ZORBLY GTX"},
		{text: "It was NATO that spoke.", phrase: "NATO"},
		{text: "Results: SAN QUILLO 2-1 ZORBLY FC", phrase: "SAN QUILLO", want: []string{"organization:SAN QUILLO"}},
		{text: "Watch CBS DFW tonight.", phrase: "CBS DFW", want: []string{"organization:CBS DFW"}},
	},
	"an organisation in the gazetteer": {
		{text: "He joined the Taliban in 1995.", phrase: "Taliban", want: []string{"organization:Taliban"}},
		{text: "He met Ann Smith.", phrase: "Ann Smith"},
	},
	"a people named after a place": {
		{text: "Many South Dakotans agree.", phrase: "South Dakotans", want: []string{}},
		{text: "Many Smiths agree.", phrase: "Smiths"},
	},
	"an acronym": {
		{text: "He told the FBI everything.", phrase: "FBI", want: []string{"organization:FBI"}},
		{text: "Flu is IN SD.", phrase: "IN"},
	},
	"a dotted name made an adjective": {
		{text: "Voters back the U.S.-led talks.", phrase: "U.S.", want: []string{}},
		{text: "The Q.R.-based firm grew.", phrase: "Q.R.", want: []string{}},
		{text: "The U.S.-China talks ended.", phrase: "U.S."},
		{text: "The U.S. - led by him - agreed.", phrase: "U.S."},
		{text: "Zorbly-led talks ended.", phrase: "Zorbly-led"},
	},
	"names in a hyphenated word": {
		{text: "Zorbly Inc. and QuillHouse Media agreed. The Zorbly-Quillhouse merger closed.", phrase: "Zorbly-Quillhouse", prior: "Zorbly Inc.|QuillHouse Media", want: []string{":Zorbly", ":Quillhouse"}},
		{text: "Zorbly Inc. agreed. The Zorbly-Quillhouse merger closed.", phrase: "Zorbly-Quillhouse", prior: "Zorbly Inc."},
		{text: "Patrick Lee-Varrow bought it.", phrase: "Lee-Varrow"},
		{text: "The Zorbly-owned paper closed.", phrase: "Zorbly-owned"},
	},
	"places in a hyphenated word": {
		{text: "The Israel-Hamas ceasefire held.", phrase: "Israel-Hamas", want: []string{"place:Israel"}},
		{text: "He met Ann Smith-Jones.", phrase: "Ann Smith-Jones"},
		{text: "Later Lee-Varrow sold his stake.", phrase: "Lee-Varrow", left: "Lee-Varrow"},
		{text: "Since then Ohio-Pacific's sales have doubled.", phrase: "Ohio-Pacific"},
		{text: "Since then Ohio-Pacific shares have doubled.", phrase: "Ohio-Pacific"},
		{text: "Ohio-Pacific was turned around. Ohio-Pacific Corp. then bid.", phrase: "Ohio-Pacific", left: "Ohio-Pacific"},
	},
	ruleFacilityBuilding: {
		{text: "He was treated at the Quillfree hospital in London.", phrase: "Quillfree", want: []string{"place:Quillfree"}},
		{text: "Lawmakers entered the National Zorbly Assembly building at night.", phrase: "National Zorbly Assembly", want: []string{"place:National Zorbly Assembly"}},
		{text: "He was taken to Royal Quillbury hospital on Monday.", phrase: "Royal Quillbury", want: []string{"place:Royal Quillbury"}},
		{text: "She works at a Zorbly hospital in Ohio.", phrase: "Zorbly"},
		{text: "Zorbly hospitals are full.", phrase: "Zorbly"},
		{text: "Ann Quillan building a wall was news.", phrase: "Ann Quillan"},
		{text: "He kept an apartment in the Quillish Renaissance-style building.", phrase: "Quillish Renaissance-style"},
		{text: "It was built in the Spanish Quux building.", phrase: "Spanish Quux"},
		{text: "She said of Quillan’s Supreme Court building that it was old.", phrase: "Quillan’s Supreme Court"},
	},
	"a place before a place noun": {
		{text: "Fighting spread in Logar province.", phrase: "Logar", want: []string{"place:Logar"}},
		{text: "Logar said no.", phrase: "Logar"},
	},
	"a group before a group noun": {
		{text: "The Haqqani network claimed it.", phrase: "Haqqani", want: []string{"organization:Haqqani network"}},
		{text: "Haqqani claimed it.", phrase: "Haqqani"},
		{text: "Fighters of the Quillan State group attacked.", phrase: "Quillan State", want: []string{"organization:Quillan State"}},
		{text: "The Varrow group bought the hotel.", phrase: "Varrow", want: []string{"organization:Varrow"}},
	},
	"a law named after a body or with its year": {
		{text: "It avoids the Quillan Holding Company Act, lawyers said.", phrase: "Quillan Holding Company Act", want: []string{"other:Quillan Holding Company Act"}},
		{text: "It avoids the Zorbly Trade Act of 1962, lawyers said.", phrase: "Zorbly Trade Act", want: []string{"other:Zorbly Trade Act of 1962"}},
		{text: "Under the Brelford Bank Code of 1911 it is legal.", phrase: "Brelford Bank Code", want: []string{"other:Brelford Bank Code of 1911"}},
		{text: "The Zorbly Trade Act passed.", phrase: "Zorbly Trade Act"},
		{text: "QUILLAN BANK ACT OF 1962", phrase: "QUILLAN BANK ACT"},
	},
	"an acronym after a name": {
		{text: "CBS Sports NFL reported it.", phrase: "CBS Sports NFL", at: "Sports", want: []string{"organization:CBS Sports", "organization:NFL"}},
		{text: "Queen Elizabeth Alexandra II spoke.", phrase: "Elizabeth Alexandra II", at: "Alexandra"},
		{text: "QV THE QUILLAN DEPOT INC. 48.20", phrase: "QUILLAN DEPOT INC", at: "DEPOT"},
		{text: "It was bid for by Varrow Holding AG and others.", phrase: "Varrow Holding AG", at: "Holding"},
	},
	"a product before a product noun": {
		{text: "Users of the Vexlo browser saw the bug.", phrase: "Vexlo", want: []string{"other:Vexlo"}},
		{text: "The dealer showed a Kia Varrow SUV to us.", phrase: "Kia Varrow", want: []string{"other:Kia Varrow"}},
		{text: "Drivers pay through the Zorblix platform now.", phrase: "Zorblix", want: []string{"other:Zorblix"}},
		{text: "He read it on the Google app.", phrase: "Google"},
		{text: "She backed the Democratic platform.", phrase: "Democratic"},
		{text: "Ann Quux spoke. It was the Quux laptop.", phrase: "Quux", prior: "Ann Quux"},
		{text: "Quillo apps are popular.", phrase: "Quillo"},
		{text: "Brelco Motor Co. said Brelco trucks pass.", prior: "Brelco Motor Co.", phrase: "Brelco"},
	},
	"a name after its kind and called": {
		{text: "The new alarm solution called Quillo Watch collects data.", phrase: "Quillo Watch", want: []string{"other:Quillo Watch"}},
		{text: "A startup called Zorbly raised money.", phrase: "Zorbly", want: []string{"organization:Zorbly"}},
		{text: "He grew up in a village named Brelby.", phrase: "Brelby", want: []string{"place:Brelby"}},
		{text: "She hosts a podcast called Varrow Hour.", phrase: "Varrow Hour", want: []string{"work:Varrow Hour"}},
		{text: "They found a chemical called Quillase.", phrase: "Quillase"},
		{text: "A man named Ann Quux spoke.", phrase: "Ann Quux"},
	},
	"a person by an Irish surname": {
		{text: "It went the way of the suffocated Beto O’Varrow until then.", phrase: "Beto O’Varrow", want: []string{"person:Beto O’Varrow"}},
		{text: "Later Kwame O'Quill spoke.", phrase: "Kwame O'Quill", want: []string{"person:Kwame O'Quill"}},
		{text: "Flights left O’Varrow on time.", phrase: "O’Varrow"},
	},
	"a company before a clause of its business": {
		{text: "Quillex, which owns Zentrova, grew.", phrase: "Quillex", want: []string{"organization:Quillex"}},
		{text: "Quillex, which few people know, reported revenue of $5 billion.", phrase: "Quillex", want: []string{"organization:Quillex"}},
		{text: "Texas, which borders Mexico, is big.", phrase: "Texas"},
		{text: "Quillex, which few people know, is small.", phrase: "Quillex"},
	},
	"a party in lower case": {
		{text: "He is the new face of the Democratic party now.", phrase: "Democratic", want: []string{"organization:Democratic party"}},
		{text: "The Russian party arrived.", phrase: "Russian"},
	},
	"a club by its players": {
		{text: "Ann Wu scored twice for Brelford on Sunday.", phrase: "Brelford", want: []string{"organization:Brelford"}},
		{text: "She made her debut for Quillan in May.", phrase: "Quillan", want: []string{"organization:Quillan"}},
		{text: "Quillan signed Ann Wu from Brelford.", phrase: "Quillan", want: []string{"organization:Quillan"}},
		{text: "Zorbland signed the treaty.", phrase: "Zorbland"},
		{text: "Brelford released Ann Wu on bail.", phrase: "Brelford"},
		{text: "Quillan sold Ann Wu short.", phrase: "Quillan"},
		{text: "He worked for Brelford for years.", phrase: "Brelford"},
		{text: "Ann Ferguson spoke. Wu played for Ferguson.", prior: "Ann Ferguson", phrase: "Ferguson"},
	},
	ruleCamelDevice: {
		{text: "The game runs on the QuuxStation 4 Pro at night.", phrase: "QuuxStation", want: []string{"other:QuuxStation 4 Pro"}},
		{text: "She bought a ZorbPad Air for her son.", phrase: "ZorbPad Air", want: []string{"other:ZorbPad Air"}},
		{text: "She works at ZorbPad on weekdays.", phrase: "ZorbPad"},
		{text: "She works at ZorbPad Labs on weekdays.", phrase: "ZorbPad Labs"},
		{text: "The QuuxStation 2020 plan failed.", phrase: "QuuxStation"},
		{text: "It sells the QuuxStation 256GB for less.", phrase: "QuuxStation"},
		// A number that counts the words after it is no model's number.
		{text: "He checked QuuxTube 10 times a day.", phrase: "QuuxTube"},
		{text: "It said QuuxPal 5 million users paid.", phrase: "QuuxPal"},
		{text: "The record of DiQuux 56 games stands.", phrase: "DiQuux"},
		{text: "She bought a MacQuux Air for her son.", phrase: "MacQuux Air", want: []string{"other:MacQuux Air"}},
		{text: "Ann MacQuux spoke. MacQuux Plus was there.", prior: "Ann MacQuux", phrase: "MacQuux Plus"},
	},
	ruleTierLetter: {
		{text: "The game runs on the Quux One X at night.", phrase: "Quux One X", want: []string{"other:Quux One X"}},
		{text: "Reviewers liked the Varrow Note S most.", phrase: "Varrow Note S", want: []string{"other:Varrow Note S"}},
		{text: "Malcolm X spoke.", phrase: "Malcolm X"},
		{text: "He met Mary Ann B on Monday.", phrase: "Mary Ann B"},
		{text: "Ann Quux spoke. Then Ann Quux X came.", prior: "Ann Quux", phrase: "Ann Quux X"},
		{text: "Ann Quux spoke. Then Quux Zorb X came.", prior: "Ann Quux", phrase: "Quux Zorb X"},
		{text: "Ann Quux spoke. Then Varrow Zorb X came.", prior: "Ann Quux", phrase: "Varrow Zorb X", want: []string{"other:Varrow Zorb X"}},
		{text: "The plan of Quux One A is old.", phrase: "Quux One A"},
		// A letter after a word for a class, a part or a place tells that apart.
		{text: "Investors sold Quux Class C shares.", phrase: "Quux Class C"},
		{text: "He studied Quuxitis Type B for years.", phrase: "Quuxitis Type B"},
		{text: "Work on Varrow Power Station C began.", phrase: "Varrow Power Station C"},
	},
	ruleDeviceOfSeries: {
		{text: "The phone has a big screen. Reviewers liked the Pixel 4 most.", phrase: "Pixel", want: []string{"other:Pixel 4"}},
		{text: "The phone has a big screen. Reviewers liked the Galaxy Note 10 most.", phrase: "Galaxy Note", want: []string{"other:Galaxy Note 10"}},
		{text: "The phone has a big screen. Reviewers liked the Pixel XL most.", phrase: "Pixel XL", want: []string{"other:Pixel XL"}},
		{text: "Reviewers liked the Xperia 5 Plus most.", phrase: "Xperia", want: []string{"other:Xperia 5 Plus"}},
		{text: "Reviewers liked the Pixel 4 most.", phrase: "Pixel"},
		{text: "The phone has a big screen. Pixel 4 sold well.", phrase: "Pixel"},
		{text: "The phone has a big screen. The Power 5 sold well.", phrase: "Power"},
		{text: "The phone has a big screen. The Pixel sold well.", phrase: "Pixel"},
		{text: "The phone has a big screen. The Galaxy Note sold well.", phrase: "Galaxy Note"},
		{text: "The phone has a big screen. Its Pixel 2019 sold well.", phrase: "Pixel"},
	},
	"a product after its launch": {
		{text: "The firm unveiled the new Varrow Unlimited on Monday.", phrase: "Varrow Unlimited", want: []string{"other:Varrow Unlimited"}},
		{text: "It will launch Zorbly One in March.", phrase: "Zorbly One", want: []string{"other:Zorbly One"}},
		{text: "Shops cheered the launch of Quux Crossing last week.", phrase: "Quux Crossing", want: []string{"other:Quux Crossing"}},
		{text: "The club unveiled Kepa Varrowitz on Wednesday.", phrase: "Kepa Varrowitz"},
		{text: "The firm launched a Zorbly campaign.", phrase: "Zorbly"},
		{text: "It unveiled Google Maps.", phrase: "Google"},
		{text: "Varrow Unlimited sold well.", phrase: "Varrow Unlimited"},
		{text: "The new Quux Dot with a clock is out.", phrase: "Quux Dot", want: []string{"other:Quux Dot"}},
		{text: "The new Varrow Bank opened.", phrase: "Varrow Bank"},
		{text: "The new Ann Quux will lead.", phrase: "Ann Quux"},
		{text: "Last week it unveiled the Varrow 9 at a show.", phrase: "Varrow", want: []string{"other:Varrow 9"}},
		{text: "It launched the Quux 5 Pro in May.", phrase: "Quux", want: []string{"other:Quux 5 Pro"}},
		{text: "It launched the Zorbly Air on Monday.", phrase: "Zorbly Air", want: []string{"other:Zorbly Air"}},
		{text: "The firm launched the Varrow 2020 at a show.", phrase: "Varrow", want: []string{"other:Varrow"}},
		{text: "A new Bill would require carriers to keep data.", phrase: "Bill"},
		{text: "Under the new Act, carriers keep data.", phrase: "Act"},
	},
	"a craft before a craft noun": {
		{text: "SpaceX bid its Starship reusable launch vehicle.", phrase: "Starship", want: []string{"other:Starship"}},
		{text: "The Perseverance rover landed.", phrase: "Perseverance", want: []string{"other:Perseverance"}},
		{text: "Perseverance landed.", phrase: "Perseverance"},
		{text: "Melville said the phone call ended early.", phrase: "Melville"},
		{text: "Later Moreno drove a car home.", phrase: "Moreno"},
		{text: "NASA's Quillan Neptune probe measured it.", phrase: "Quillan Neptune", want: []string{"other:Quillan", "place:Neptune"}},
		{text: "Ann Quux spoke. It was a secret Quux phone call.", phrase: "Quux", prior: "Ann Quux"},
	},
	"an adjective, adverb or verb starting a sentence": {
		{text: "Multiple strands of data point there.", phrase: "Multiple", want: []string{"surname:Multiple"}},
		{text: "Smith said so.", phrase: "Smith"},
	},
	"The capitalised inside a sentence": {
		{text: "He told The Hill on Friday.", phrase: "Hill", want: []string{"organization:The Hill"}},
		{text: "He climbed the Hill on Friday.", phrase: "Hill"},
		{text: "CLEVELAND, Ohio – The Zorbly Brothers will tour.", phrase: "Zorbly Brothers"},
		{text: "Her books: A Fistful of Salt and The Quiet Thing About Loud Rooms.", phrase: "Quiet Thing About Loud Rooms"},
		{text: "The motto is ‘The Ladder is the Answer’ this year.", phrase: "Ladder"},
	},
	"a common word": {
		{text: "Meth is a growing worry, and meth kills.", phrase: "Meth", want: []string{"surname:Meth"}},
		{text: "Obama said so.", phrase: "Obama"},
		// A word capitalised inside sentences again and again, and seldom
		// in lower case, is a name there: kept untyped (resolve types it).
		{text: "Fans of Heart cheered. We love Heart more than Heart songs, and Heart tours. The heart wants it.", phrase: "Heart", want: []string{":Heart"}},
		{text: "Fans cheered. We love Heart more than Heart songs, a heart, a heart.", phrase: "Heart", want: []string{"surname:Heart"}}, // twice only
		{text: "Heart wins. Heart rules. Heart sings, and a heart beats.", phrase: "Heart", want: []string{"surname:Heart"}},             // starting sentences
	},
	"a person next to a role": {
		{text: "Taliban spokesman Haziq Varrowzai said so.", phrase: "Haziq Varrowzai", want: []string{"person:Haziq Varrowzai"}},
		{text: "Ruben Lime, Brelford’s new police commissioner, spoke.", phrase: "Ruben Lime", want: []string{"person:Ruben Lime"}},
		{text: "Haziq Varrowzai said so.", phrase: "Haziq Varrowzai"},
	},
	"a person's name after the": {
		{text: "It fell. The Zorbly Cross has a faulty pump.", phrase: "Zorbly Cross", want: []string{":Zorbly Cross"}},
		{text: "They met the Ann Smith who wrote it.", phrase: "Ann Smith"},
		{text: "They met Zorbly Cross at noon.", phrase: "Zorbly Cross"},
	},
	"a name led by a place": {
		{text: "The Minnesota Wild beat Dallas.", phrase: "Minnesota Wild", want: []string{"organization:Minnesota Wild"}},
		{text: "Georgia Smith spoke on Friday.", phrase: "Georgia Smith"},
		{text: "Glen Ellyn Dog Rescue took the dog in.", phrase: "Glen Ellyn Dog Rescue", want: []string{"organization:Glen Ellyn Dog Rescue"}},
		{text: "They met Ann Smith.", phrase: "Ann Smith"},
		{text: "He flew to Paris, Texas.", phrase: "Paris"},
		{text: "NASA is building a mission called Europa Quux.", phrase: "Europa Quux", want: []string{":Europa Quux"}},
	},
	"a lone word starting a sentence": {
		{text: "The game is late. Kickoff is at 3 p.m.", phrase: "Kickoff", want: []string{"surname:Kickoff"}},
		{text: "Ann Smith spoke. Smith said no.", phrase: "Smith"},
		{text: "Kickoff is late. The Kickoff Club met.", phrase: "Kickoff"},
		{text: "Ann spoke on Friday.", phrase: "Ann"},
	},
	"a person or place of common words": {
		{text: "The campaign, Full Turn, began on Monday.", phrase: "Full Turn", want: []string{}},
		{text: "Ruben King spoke on Friday.", phrase: "Ruben King"},
		{text: "They met Tre Varrowell on Friday.", phrase: "Tre Varrowell"},
		{text: "They hailed the Great Day of Peace in the region.", phrase: "Great Day of Peace", want: []string{}},
		{text: "She read the book Seven Habits of Busy People twice.", phrase: "Seven Habits of Busy People", want: []string{"work:Seven Habits of Busy People"}},
		{text: "Her favourite is Seven Habits of Busy People, she said.", phrase: "Seven Habits of Busy People", want: []string{}},
		{text: "They met in the House of Representatives.", phrase: "House of Representatives"},
		{text: "He works at the Department of Justice.", phrase: "Department of Justice"},
	},
	"a company a press release is about": {
		{text: "It ships in May.\n\nAbout Zorbly Labs\n\nZorbly Labs makes pumps.", phrase: "Zorbly Labs", want: []string{"organization:Zorbly Labs"}},
		{text: "It ships in May.\n\nAbout Ann Smith\n\nAnn Smith writes.", phrase: "Ann Smith"},
		{text: "He spoke about Zorbly at length.", phrase: "Zorbly"},
	},
	"a street named in another language": {
		{text: "The shop is at corso Zorbly 15 in Milan.", phrase: "Zorbly", want: []string{"place:corso Zorbly"}},
		{text: "They walked down the rue de Quux.", phrase: "Quux", want: []string{"place:rue de Quux"}},
		{text: "It was sent via Zorbly Mail.", phrase: "Zorbly Mail"},
		{text: "A place Ann Smith liked.", phrase: "Ann Smith"},
	},
	"a club a player moves between": {
		{text: "He spent a year on loan from Quuxford.", phrase: "Quuxford", want: []string{"organization:Quuxford"}},
		{text: "The defender was signed from Porto in May.", phrase: "Porto", want: []string{"organization:Porto"}},
		{text: "She joined Zorbly in 2019.", phrase: "Zorbly", want: []string{"organization:Zorbly"}},
		{text: "She joined France in condemning it.", phrase: "France"},
		{text: "She joined Ann Smith for lunch.", phrase: "Ann Smith"},
		{text: "She flew in from Porto.", phrase: "Porto"},
	},
	"a surname by the words around it": {
		{text: "Ann Hoover spoke. Unlike the Taft and Hoover inquiries, it was short.", phrase: "Taft", prior: "Ann Hoover", want: []string{"person:Taft"}},
		{text: "The Taft administration denied it.", phrase: "Taft", want: []string{"person:Taft"}},
		{text: "Ryan Wu, 31, of Amity and Homer Pratt, 57, were held.", phrase: "Amity", prior: "Ryan Wu"},
		{text: "Ann Quux spoke. Talks between Quux and Tribune resumed.", phrase: "Tribune", prior: "Ann Quux"},
		{text: "The Denver administration denied it.", phrase: "Denver"},
	},
	"a place by its position": {
		{text: "The village lies 20 miles south of Brelford.", phrase: "Brelford", want: []string{"place:Brelford"}},
		{text: "The bridge between the Zorbgracht and the Varrow was lit.", phrase: "Zorbgracht", want: []string{"place:Zorbgracht"}},
		{text: "Snow fell in Denver and Brelford on Monday.", phrase: "Brelford", prior: "Denver", want: []string{"place:Brelford"}},
		{text: "Flights from Quarrington to Vellmore resumed.", phrase: "Vellmore", want: []string{"place:Vellmore"}},
		{text: "The capital, Quarrington, was quiet.", phrase: "Quarrington", want: []string{"place:Quarrington"}},
		{text: "Zorbland's capital, Quarrington, was shelled.", phrase: "Quarrington", want: []string{"place:Quarrington"}},
		{text: "Troops massed on Zorbland's border.", phrase: "Zorbland", want: []string{"place:Zorbland"}},
		{text: "The mayor of Brelford resigned.", phrase: "Brelford", want: []string{"place:Brelford"}},
		{text: "In Kharvan, the regional capital, residents queued.", phrase: "Kharvan", want: []string{"place:Kharvan"}},
		{text: "Zorbly, the software company, said so.", phrase: "Zorbly"},
		{text: "The Brelford police chief said so.", phrase: "Brelford", want: []string{"place:Brelford"}},
		{text: "A Harmsby man was arrested on Friday.", phrase: "Harmsby", want: []string{"place:Harmsby"}},
		{text: "She is a native of Vellmore.", phrase: "Vellmore", want: []string{"place:Vellmore"}},
		{text: "Officials from Quarrington and Brelford counties met.", phrase: "Quarrington", want: []string{"place:Quarrington"}},
		{text: "Talks between Ann and Bo went on.", phrase: "Bo"},
		{text: "Talks between Quorvex and Zentrix collapsed.", phrase: "Zentrix"},
		{text: "The plan was backed by Quorvex officials.", phrase: "Quorvex"},
		{text: "He met Zorbly and Quux on Monday.", phrase: "Quux"},
	},
	"a place nobody lists": {
		{text: "They played at Quillan Field last year.", phrase: "Quillan Field"},
		{text: "They ate at the Lima Hilton last year.", phrase: "Lima Hilton"},
		{text: "Users of Zorblat can join the group.", phrase: "Zorblat", want: []string{":Zorblat"}},
		{text: "The fighting reached Zorblat, Logar on Friday.", phrase: "Zorblat"},
		{text: "They fled the village of Zorblat last year.", phrase: "Zorblat"},
		{text: "They fled to Zorblat last year.", phrase: "Zorblat"},
		{text: "He took suggestions from Zorblat last year.", phrase: "Zorblat", want: []string{":Zorblat"}},
		{text: "Shelling hit southern Zorblat last year.", phrase: "Zorblat"},
		{text: "They met in Spokane last year.", phrase: "Spokane"},
		{text: "Open the documents in Safari to read them.", phrase: "Safari", want: []string{":Safari"}},
		{text: "Market sources said Reliance has already sold its entire stake.", phrase: "Reliance", want: []string{":Reliance"}},
		{text: "Police said Ann Wu, 31, of Reliance was arrested.", phrase: "Reliance"},
		{text: "They moved to Reliance last year.", phrase: "Reliance"},
	},
	"the recogniser's label": {
		{text: "Donald Trump spoke on Friday.", phrase: "Donald Trump", want: []string{"person:Donald Trump"}},
		{text: "Get it at Quux for $549.\n\nZorbly G3 15 laptop with 512GB for $599.", phrase: "Zorbly G3", want: []string{":Zorbly G3"}},
	},
	// Inner splits.
	"a person of an organisation": {
		{text: "The market is thin, says Beth Quill-Varrow of Quillby's.", phrase: "Beth Quill-Varrow of Quillby", at: "of", want: []string{"person:Beth Quill-Varrow", "organization:Quillby's"}},
		{text: "The market is thin, says Beth Varrow of Macy's.", phrase: "Beth Varrow of Macy", at: "of", want: []string{"person:Beth Varrow", "organization:Macy's"}},
		{text: "Steven Einhorn spoke. Einhorn of Goldman Sachs agreed.", phrase: "Einhorn of Goldman Sachs", at: "of", prior: "Steven Einhorn", want: []string{":Einhorn", "organization:Goldman Sachs"}},
		{text: "Alex Horton of the Washington Post reports.", phrase: "Alex Horton of the Washington Post", at: "of", want: []string{"person:Alex Horton", "organization:Washington Post"}},
		{text: "The Bank of the West reports.", phrase: "Bank of the West", at: "of"},
	},
	"a peer": {
		{text: "The Duke of Edinburgh died.", phrase: "Duke of Edinburgh", at: "of", want: []string{"person:Duke of Edinburgh"}},
		{text: "The Bank of England said so.", phrase: "Bank of England", at: "of"},
	},
	"a place's name with of": {
		{text: "Officials of the Islamic Republic of Iran met.", phrase: "Islamic Republic of Iran", at: "of", want: []string{"place:Islamic Republic of Iran"}},
		{text: "The Bank of the Republic of Korea met.", phrase: "Bank of the Republic of Korea", at: "of"},
	},
	"a person of a place": {
		{text: "Haruto Quillama of Japan won.", phrase: "Haruto Quillama of Japan", at: "of", want: []string{"person:Haruto Quillama", "place:Japan"}},
		{text: "The Bank of Japan won.", phrase: "Bank of Japan", at: "of"},
	},
	"a place takes no of": {
		{text: "The Russia of Crimea is gone.", phrase: "Russia of Crimea", at: "of", want: []string{"place:Russia", "place:Crimea"}},
		{text: "The Bank of Crimea is gone.", phrase: "Bank of Crimea", at: "of"},
	},
	"a titled person of a place or body": {
		{text: "The market is weak, says Mr. Quillby of S&P.", phrase: "Mr. Quillby of S&P", at: "of", want: []string{"person:Quillby", "organization:S&P"}},
		{text: "Dr. Varrow of Harvard agreed.", phrase: "Dr. Varrow of Harvard", at: "of", want: []string{"person:Varrow", "organization:Harvard"}},
		{text: "Ann Varrow of Harvard agreed.", phrase: "Ann Varrow of Harvard", at: "of"},
		{text: "Mrs. Quillby of Arnold, Calif., sold.", phrase: "Mrs. Quillby of Arnold", at: "of", want: []string{"person:Quillby", "place:Arnold"}},
		{text: "Mr. Quillby of Moody's said so.", phrase: "Mr. Quillby of Moody", at: "of", want: []string{"person:Quillby", "organization:Moody's"}},
	},
	"a company after for": {
		{text: "So says Ann Neu, Head of Platform Solutions for Quillcom. Quillcom makes phones.", phrase: "Platform Solutions for Quillcom", at: "for",
			want: []string{"organization:Platform Solutions", "organization:Quillcom"}},
		{text: "The Centers for Disease Control said so. Disease Control is hard.", phrase: "Centers for Disease Control", at: "for"},
		{text: "Ann Neu, Head of Platform Solutions for Quillcom, said so.", phrase: "Platform Solutions for Quillcom", at: "for"},
		{text: "The Economic Commission for Africa met. Africa grew.", phrase: "Economic Commission for Africa", at: "for"},
	},
	"an organisation ends at its cue word": {
		{text: "Underwriters were Blunt Ellis & Loewi Inc. Western Gas Resources Inc. and others.", phrase: "Blunt Ellis & Loewi Inc. Western Gas Resources Inc.", at: "Inc.", want: []string{"organization:Blunt Ellis & Loewi Inc.", "organization:Western Gas Resources Inc."}},
		{text: "Shares of Prime Motor Inns Inc. fell.", phrase: "Prime Motor Inns Inc.", at: "Motor"},
		{text: "The White House National Security Council Moldova adviser left.", phrase: "White House National Security Council Moldova", at: "Council", want: []string{"organization:White House National Security Council", "place:Moldova"}},
		{text: "The National Security Council met.", phrase: "National Security Council", at: "Security"},
		{text: "Senate Majority Leader Ann Wu spoke.", phrase: "Senate Majority Leader Ann Wu", at: "Leader"},
		{text: "Separately, the Federal Energy Regulatory Commission ruled.", phrase: "Federal Energy Regulatory Commission", at: "Energy"},
		{text: "It trades on the London International Financial Futures Exchange.", phrase: "London International Financial Futures Exchange", at: "Financial"},
		{text: "It was fined by the National Association of Securities Dealers.", phrase: "National Association of Securities Dealers", at: "Securities"},
		{text: "It appeared in Quillian Society Transactions last year.", phrase: "Quillian Society Transactions", at: "Society"},
		{text: "Ann Wu, General Manager of Life Care Solutions Europe, said so.", phrase: "Life Care Solutions Europe", at: "Solutions", want: []string{"organization:Life Care Solutions Europe"}},
		{text: "The Quux Energy Florida plant closed.", phrase: "Quux Energy Florida", at: "Energy", want: []string{"organization:Quux Energy", "place:Florida"}},
		{text: "The Brelford International Film Festival opened.", phrase: "Brelford International Film Festival", at: "International"},
		// A common noun after the cue word runs the name on (ner20o).
		{text: "He may miss next week’s Zorbly Bank Test in Quillan.", phrase: "Zorbly Bank Test", at: "Bank"},
		{text: "She was watching Quux League Pass at home.", phrase: "Quux League Pass", at: "League"},
		{text: "It opened a Quux Foods Market store.", phrase: "Quux Foods Market", at: "Foods"},
		{text: "Quillan Airlines Flight QX17 was lost.", phrase: "Quillan Airlines Flight", at: "Airlines"},
		{text: "The Zorbly Bank Moldova unit grew.", phrase: "Zorbly Bank Moldova", at: "Bank", want: []string{"organization:Zorbly Bank", "place:Moldova"}},
		{text: "The Zorbly Bank CEO spoke.", phrase: "Zorbly Bank CEO", at: "Bank"},
		{text: "Read the Quillan Times Careers page.", phrase: "Quillan Times Careers", at: "Times", want: []string{"organization:Quillan Times", ":Careers"}},
		{text: "Three Quillan Court Justices dissented.", phrase: "Quillan Court Justices", at: "Court", want: []string{"organization:Quillan Court", ":Justices"}},
		{text: "He is a fellow of the Quillan Center for International Scholars.", phrase: "Quillan Center for International Scholars", at: "International"},
	},
}

// sportsReport is a sentence with the words of a sports report.
const sportsReport = "The coach said the quarterback scored two touchdowns and the defense held late in the game, " +
	"the team's fifth victory of the season; the rookie had three assists and the goalie made saves in overtime."

// applyRule runs fn on the phrase of c alone and returns what it adds (or
// changes of the names found before), whether it settled the phrase and
// what it left of it.
func applyRule(t *testing.T, c ruleCase, fn func(f *finder, p *phraseSpan) bool) (added []string, settled bool, left string) {
	t.Helper()
	runes := []rune(c.text)
	toks := tokenize(runes)
	labels, tags := recognise(c.text, runes, toks)
	lower := make(map[string]bool)
	for _, tk := range toks {
		if tk.word && !tk.upper {
			lower[tk.text] = true
		}
	}
	f := &finder{runes: runes, toks: toks, labels: labels, tags: tags, lowerWords: lower, sports: isSportsReport(toks)}
	find := func(phrase string) (a, b int) {
		start := len([]rune(c.text[:strings.Index(c.text, phrase)]))
		end := start + len([]rune(phrase))
		a, b = -1, -1
		for i, tk := range toks {
			if tk.start == start {
				a = i
			}
			if tk.end == end {
				b = i + 1
			}
		}
		if a < 0 || b < 0 {
			t.Fatalf("phrase %q is not a run of tokens of %q", phrase, c.text)
		}
		return a, b
	}
	for _, prior := range strings.Split(c.prior, "|") {
		if prior != "" {
			pa, pb := find(prior)
			f.phrase(pa, pb, false)
		}
	}
	before := len(f.cands)
	prior := append([]candidate(nil), f.cands...)
	a, b := find(c.phrase)
	p := phraseSpan{a, b, c.desc}
	settled = fn(f, &p)
	added = []string{}
	changed := []candidate{}
	for i, cand := range f.cands[:before] {
		if cand != prior[i] {
			changed = append(changed, cand) // a name the rule extended
		}
	}
	for _, cand := range append(changed, f.cands[before:]...) {
		typ := string(cand.typ)
		if cand.surnameOnly {
			typ = "surname"
		}
		added = append(added, typ+":"+string(runes[cand.start:cand.end]))
	}
	if p.a < p.b {
		left = f.text(p.a, p.b)
	}
	return added, settled, left
}

func TestPhraseRules(t *testing.T) {
	check := func(t *testing.T, c ruleCase, fn func(f *finder, p *phraseSpan) bool) {
		added, settled, left := applyRule(t, c, fn)
		if c.want != nil && c.left != "" {
			// The rule adds a part and passes on the rest.
			if settled || !reflect.DeepEqual(added, c.want) || left != c.left {
				t.Errorf("%q in %q: settled %v, added %q, left %q; want passed on with %q, leaving %q", c.phrase, c.text, settled, added, left, c.want, c.left)
			}
			return
		}
		if c.want != nil {
			if !settled || !reflect.DeepEqual(added, c.want) {
				t.Errorf("%q in %q: settled %v, added %q; want settled with %q", c.phrase, c.text, settled, added, c.want)
			}
			return
		}
		if settled || len(added) > 0 {
			t.Errorf("%q in %q: settled %v, added %q; want passed on", c.phrase, c.text, settled, added)
		}
		if c.left != "" && left != c.left {
			t.Errorf("%q in %q: left %q, want %q", c.phrase, c.text, left, c.left)
		}
	}
	for _, r := range phraseRules {
		t.Run(r.name, func(t *testing.T) {
			cases := ruleCases[r.name]
			if len(cases) == 0 {
				t.Fatal("the rule has no cases")
			}
			for _, c := range cases {
				check(t, c, r.apply)
			}
		})
	}
	for _, s := range innerSplits {
		t.Run(s.name, func(t *testing.T) {
			cases := ruleCases[s.name]
			if len(cases) == 0 {
				t.Fatal("the split has no cases")
			}
			for _, c := range cases {
				check(t, c, func(f *finder, p *phraseSpan) bool {
					for i := p.a; i < p.b; i++ {
						if f.toks[i].text == c.at {
							return s.apply(f, p.a, i, p.b)
						}
					}
					t.Fatalf("%q not in %q", c.at, c.phrase)
					return false
				})
			}
		})
	}
}

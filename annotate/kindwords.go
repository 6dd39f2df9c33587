package annotate

// kindRole is one use the rules make of a word for a kind of product: a
// bit of kindWord's masks, each read by the rules named at its constant.
type kindRole uint8

const (
	// kindCue follows a product's name ("the Quillo app", "the Quux
	// crossover"): productCueNouns.
	kindCue kindRole = 1 << iota
	// kindCraftCue follows a craft's or an instrument's name ("the
	// Perseverance rover"): craftCueNouns.
	kindCraftCue
	// kindProgrammeCue follows a programme's name ("the Artemis
	// program"): programmeNouns.
	kindProgrammeCue
	// kindApposition heads a noun phrase that names a product in
	// apposition or just before it ("its streaming service, Quillo", "the
	// drug Varrowex"): productKindNouns, the singular.
	kindApposition
	// kindListed opens a list of products ("apps such as Quillo"):
	// productKindsPlural.
	kindListed
	// kindNamed stands before a naming verb ("a solution called Quillo
	// Watch"): kindNouns' words of type Other.
	kindNamed
	// kindDeviceTopic makes a text one about devices: deviceWords.
	kindDeviceTopic
	// kindVehicleTopic makes a text one about vehicles: vehicleWords,
	// with words of no kind ("horsepower", "automaker").
	kindVehicleTopic
)

// productClass is what a word of kindWords names: it orders the table and
// tells a reader where a new word belongs.
type productClass uint8

const (
	classDevice    productClass = iota + 1 // a phone, a laptop, a chip
	classPart                              // a device's part ("battery")
	classSoftware                          // an app, a service, an algorithm
	classVehicle                           // a car and its body styles
	classCraft                             // an aircraft, a spacecraft, a ship, a missile
	classDrug                              // a drug or a vaccine
	classProgramme                         // a programme, a mission, a project
	classGeneral                           // a product of any kind ("product", "tool")
)

// kindWord is a word for a kind of product with its plural, and which
// rules read each form (one, many; "" where the rules read no such form).
type kindWord struct {
	class     productClass
	one       string
	oneReads  kindRole
	many      string
	manyReads kindRole
}

// kindWords are the words, in lower case, for a kind of product, service,
// vehicle, craft or programme, each written once with the rules that read
// its singular and its plural: the one source of productCueNouns,
// craftCueNouns, programmeNouns, productKindNouns, productKindsPlural,
// kindNouns' products, deviceWords and vehicleWords. The sets differ where the rules
// differ (a word before a person as often as before a product is no
// apposition's kind; "phone" after a name is read as a craft, "phones" as
// a product), so a word's roles are listed, not derived from its class.
var kindWords = []kindWord{
	{classDevice, "phone", kindCraftCue | kindApposition | kindNamed | kindDeviceTopic, "phones", kindCue | kindListed | kindDeviceTopic},
	{classDevice, "smartphone", kindCraftCue | kindApposition | kindNamed | kindDeviceTopic, "smartphones", kindCue | kindListed | kindDeviceTopic},
	{classDevice, "handset", kindCue | kindApposition | kindDeviceTopic, "handsets", kindCue | kindListed | kindDeviceTopic},
	{classDevice, "tablet", kindCue | kindApposition | kindDeviceTopic, "tablets", kindCue | kindListed | kindDeviceTopic},
	{classDevice, "laptop", kindCue | kindApposition | kindDeviceTopic, "laptops", kindCue | kindListed | kindDeviceTopic},
	{classDevice, "smartwatch", kindCue | kindApposition | kindDeviceTopic, "", 0},
	{classDevice, "headset", kindCue | kindApposition, "headsets", kindCue},
	{classDevice, "", 0, "earbuds", kindCue},
	{classDevice, "e-reader", kindCue, "", 0},
	{classDevice, "camera", kindCue | kindApposition | kindDeviceTopic, "cameras", kindCue | kindDeviceTopic},
	{classDevice, "speaker", kindCue | kindApposition, "speakers", kindCue},
	{classDevice, "console", kindCue | kindCraftCue | kindApposition | kindNamed | kindDeviceTopic, "consoles", kindCue | kindListed},
	{classDevice, "processor", kindCue | kindApposition | kindDeviceTopic, "processors", kindCue | kindListed},
	{classDevice, "chip", kindCraftCue | kindApposition | kindNamed | kindDeviceTopic, "chips", kindListed},
	{classDevice, "chipset", kindCue, "", 0},
	{classDevice, "device", kindApposition | kindNamed | kindDeviceTopic, "devices", kindListed | kindDeviceTopic},
	{classDevice, "gadget", kindApposition | kindDeviceTopic, "gadgets", kindListed | kindDeviceTopic},
	{classDevice, "computer", kindApposition, "", 0},
	{classDevice, "supercomputer", kindCraftCue, "", 0},
	{classDevice, "robot", kindCraftCue | kindApposition | kindNamed, "", 0},

	{classPart, "screen", kindDeviceTopic, "", 0},
	{classPart, "display", kindDeviceTopic, "", 0},
	{classPart, "battery", kindDeviceTopic, "", 0},
	{classPart, "charger", kindDeviceTopic, "", 0},
	{classPart, "storage", kindDeviceTopic, "", 0},

	{classSoftware, "app", kindCue | kindApposition | kindNamed | kindDeviceTopic, "apps", kindCue | kindListed | kindDeviceTopic},
	{classSoftware, "application", kindApposition | kindNamed, "applications", kindListed},
	{classSoftware, "browser", kindCue | kindApposition | kindNamed, "browsers", kindCue | kindListed},
	{classSoftware, "platform", kindCue | kindApposition | kindNamed, "platforms", kindListed},
	{classSoftware, "software", kindCue | kindApposition | kindNamed, "", 0},
	{classSoftware, "service", kindCue | kindApposition | kindNamed, "services", kindListed},
	{classSoftware, "subscription", kindCue, "", 0},
	{classSoftware, "assistant", kindCue | kindApposition, "assistants", kindListed},
	{classSoftware, "chatbot", kindCue | kindApposition, "chatbots", kindListed},
	{classSoftware, "algorithm", kindApposition | kindNamed, "", 0},
	{classSoftware, "engine", kindApposition, "", 0},

	{classVehicle, "vehicle", kindCraftCue | kindApposition | kindNamed | kindVehicleTopic, "vehicles", kindListed | kindVehicleTopic},
	{classVehicle, "car", kindCraftCue | kindApposition | kindNamed | kindVehicleTopic, "cars", kindCraftCue | kindListed | kindVehicleTopic},
	{classVehicle, "sedan", kindCraftCue | kindApposition | kindVehicleTopic, "sedans", kindCue},
	{classVehicle, "truck", kindCraftCue | kindApposition | kindVehicleTopic, "trucks", kindCue | kindListed | kindVehicleTopic},
	{classVehicle, "crossover", kindCue | kindApposition | kindVehicleTopic, "crossovers", kindCue},
	{classVehicle, "hatchback", kindCue | kindApposition | kindVehicleTopic, "hatchbacks", kindCue},
	{classVehicle, "pickup", kindCue | kindApposition | kindVehicleTopic, "pickups", kindCue},
	{classVehicle, "minivan", kindCue | kindApposition | kindVehicleTopic, "minivans", kindCue},
	{classVehicle, "coupe", kindCue | kindApposition | kindVehicleTopic, "coupes", kindCue},
	{classVehicle, "roadster", kindCue, "", 0},
	{classVehicle, "motorcycle", kindApposition | kindVehicleTopic, "", 0},

	// "aircraft" and "spacecraft" are their own plurals: one form.
	{classCraft, "aircraft", kindCraftCue | kindApposition | kindListed | kindVehicleTopic, "", 0},
	{classCraft, "spacecraft", kindCraftCue | kindApposition | kindListed | kindNamed, "", 0},
	{classCraft, "airplane", kindApposition, "", 0},
	{classCraft, "plane", kindCraftCue | kindApposition | kindVehicleTopic, "planes", kindCraftCue | kindListed | kindVehicleTopic},
	{classCraft, "jet", kindCraftCue | kindApposition | kindVehicleTopic, "jets", kindCraftCue | kindListed | kindVehicleTopic},
	{classCraft, "airliner", kindCraftCue | kindApposition | kindVehicleTopic, "airliners", kindListed},
	{classCraft, "helicopter", kindCraftCue | kindApposition, "helicopters", kindListed},
	{classCraft, "drone", kindCraftCue | kindApposition, "drones", kindCraftCue | kindListed},
	{classCraft, "rocket", kindCraftCue | kindApposition | kindNamed, "rockets", kindCraftCue | kindListed},
	{classCraft, "missile", kindCraftCue | kindApposition, "missiles", kindCraftCue | kindListed},
	{classCraft, "satellite", kindCraftCue | kindApposition | kindNamed, "satellites", kindCraftCue | kindListed},
	{classCraft, "telescope", kindCraftCue | kindApposition, "telescopes", kindListed},
	{classCraft, "probe", kindCraftCue | kindApposition, "", 0},
	{classCraft, "rover", kindCraftCue | kindApposition, "", 0},
	{classCraft, "lander", kindCraftCue | kindApposition, "landers", kindCraftCue},
	{classCraft, "orbiter", kindCraftCue | kindApposition, "", 0},
	{classCraft, "capsule", kindCraftCue | kindApposition, "", 0},
	{classCraft, "submarine", kindCraftCue | kindApposition, "", 0},
	{classCraft, "submersible", kindCraftCue, "", 0},
	{classCraft, "warship", kindCraftCue | kindApposition, "", 0},

	{classDrug, "drug", kindApposition | kindNamed, "drugs", kindListed},
	{classDrug, "medication", kindApposition | kindNamed, "medications", kindListed},
	{classDrug, "medicine", kindApposition, "medicines", kindListed},
	{classDrug, "vaccine", kindCue | kindApposition | kindNamed, "vaccines", kindCue | kindListed},
	{classDrug, "pill", kindApposition, "", 0},
	{classDrug, "patch", kindApposition | kindNamed, "", 0}, // "a skin patch called Quillex" (ner20q)
	{classDrug, "inhaler", kindApposition | kindNamed, "", 0},
	{classDrug, "treatment", kindApposition, "", 0},

	{classProgramme, "programme", kindProgrammeCue | kindApposition | kindNamed, "programmes", kindListed},
	{classProgramme, "program", kindProgrammeCue | kindApposition | kindNamed, "programs", kindListed},
	{classProgramme, "mission", kindProgrammeCue | kindNamed, "", 0},
	{classProgramme, "project", kindProgrammeCue | kindNamed, "", 0},
	{classProgramme, "initiative", kindProgrammeCue | kindNamed, "", 0},
	{classProgramme, "scheme", kindNamed, "", 0},

	{classGeneral, "product", kindApposition | kindNamed, "products", kindListed | kindNamed},
	{classGeneral, "", 0, "brands", kindListed},
	{classGeneral, "solution", kindNamed, "solutions", kindNamed},
	{classGeneral, "offering", kindNamed, "", 0},
	{classGeneral, "technology", kindNamed, "", 0},
	{classGeneral, "tool", kindApposition | kindNamed, "tools", kindListed},
	{classGeneral, "feature", kindApposition | kindNamed, "", 0},
	{classGeneral, "system", kindApposition | kindNamed, "", 0},
	{classGeneral, "model", kindApposition, "", 0},
	{classGeneral, "index", kindApposition, "indexes", kindListed},
	{classGeneral, "", 0, "indices", kindListed},
}

// kindWordsFor returns the forms of kindWords that role reads.
func kindWordsFor(role kindRole) map[string]bool {
	m := map[string]bool{}
	for _, k := range kindWords {
		if k.oneReads&role != 0 {
			m[k.one] = true
		}
		if k.manyReads&role != 0 {
			m[k.many] = true
		}
	}
	return m
}

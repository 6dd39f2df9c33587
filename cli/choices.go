package cli

import (
	"strings"

	"margin/annotate"
)

// The help lists the built-in entity types and the highlight colours from
// annotate's descriptions, so that a new type or colour shows here too.

// colorChoices is the palette as "yellow|green|...".
func colorChoices() string {
	names := make([]string, len(annotate.Colors))
	for i, c := range annotate.Colors {
		names[i] = string(c)
	}
	return strings.Join(names, "|")
}

// typeChoices lists the built-in entity types as "person, organization, ...".
func typeChoices() string {
	names := make([]string, len(annotate.EntityTypes))
	for i, t := range annotate.EntityTypes {
		names[i] = string(t)
	}
	return strings.Join(names, ", ")
}

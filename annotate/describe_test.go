package annotate

import "testing"

func TestDescribeType(t *testing.T) {
	for _, tc := range []struct {
		name         string
		typ          EntityType
		single, many string
		key          string
	}{
		{"a built-in type has its table row", Organization, "Organisation", "Organisations", "O"},
		{"a person's plural is People", Person, "Person", "People", "P"},
		{"the empty type is Other", "", "Other", "Other", ""},
		{"a custom type is capitalised whatever its script", "évènement", "Évènement", "Évènement", ""},
		{"a custom ASCII type is capitalised", "vessel", "Vessel", "Vessel", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := DescribeType(tc.typ)
			if got.Name != tc.single || got.Plural != tc.many || got.Key != tc.key {
				t.Errorf("DescribeType(%q) = %q, %q, key %q; want %q, %q, key %q", tc.typ, got.Name, got.Plural, got.Key, tc.single, tc.many, tc.key)
			}
			if got.Light.A == 0 || got.Dark.A == 0 {
				t.Errorf("DescribeType(%q) has no colour", tc.typ)
			}
		})
	}
}

func TestEveryBuiltInTypeAndColourIsDescribed(t *testing.T) {
	seen := map[string]EntityType{}
	for _, typ := range EntityTypes {
		info := DescribeType(typ)
		if info.Type != typ || info.Name == "" || info.Plural == "" {
			t.Errorf("type %q is not described", typ)
		}
		if info.Key != "" {
			if other, ok := seen[info.Key]; ok {
				t.Errorf("types %q and %q share the key %s", other, typ, info.Key)
			}
			seen[info.Key] = typ
			if got, ok := TypeForKey([]rune(info.Key)[0] + ('a' - 'A')); !ok || got != typ {
				t.Errorf("TypeForKey(lower %s) = %q, %v; want %q", info.Key, got, ok, typ)
			}
		}
	}
	if _, ok := TypeForKey('z'); ok {
		t.Error("TypeForKey('z') found a type")
	}
	for _, c := range Colors {
		if info, ok := DescribeColor(c); !ok || info.Name == "" || info.Light.A == 0 {
			t.Errorf("colour %q is not described", c)
		}
	}
	if info, ok := DescribeColor("mauve"); ok || info.Color != Yellow {
		t.Errorf("DescribeColor(mauve) = %v, %v; want yellow, false", info.Color, ok)
	}
}

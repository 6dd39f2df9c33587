package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"reflect"
	"strings"
	"testing"
	"time"

	"margin/annotate"
	"margin/library"
)

func sampleMap() *library.EntityMap {
	day := func(m time.Month, d int) time.Time { return time.Date(2024, m, d, 9, 0, 0, 0, time.UTC) }
	return &library.EntityMap{
		Unit: library.UnitParagraph,
		Nodes: []library.MapNode{
			{ID: 1, Name: "Vladimir Putin", Type: annotate.Person, Clippings: 12, Mentions: 40},
			{ID: 2, Name: "Olaf Scholz & <Co>", Type: annotate.Person, Clippings: 5, Mentions: 9},
			{ID: 7, Name: "=Kremlin", Type: annotate.Organization, Clippings: 3, Mentions: 3},
		},
		Links: []library.MapLink{
			{A: 1, B: 2, Count: 4, Paragraphs: 4, Clippings: 3, First: day(3, 5), Last: day(5, 20)},
			{A: 1, B: 7, Count: 2, Paragraphs: 2, Clippings: 2, First: day(1, 2), Last: day(1, 9)},
		},
		Total: 2,
	}
}

// graphMLRead is GraphML as the published schema lays it out, read with
// namespaces: a key declares each data key, a graph holds nodes and edges.
type graphMLRead struct {
	XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"http://graphml.graphdrawing.org/xmlns key"`
	Graph struct {
		EdgeDefault string `xml:"edgedefault,attr"`
		Nodes       []struct {
			ID   string `xml:"id,attr"`
			Data []struct {
				Key   string `xml:"key,attr"`
				Value string `xml:",chardata"`
			} `xml:"http://graphml.graphdrawing.org/xmlns data"`
		} `xml:"http://graphml.graphdrawing.org/xmlns node"`
		Edges []struct {
			Source string `xml:"source,attr"`
			Target string `xml:"target,attr"`
			Data   []struct {
				Key   string `xml:"key,attr"`
				Value string `xml:",chardata"`
			} `xml:"http://graphml.graphdrawing.org/xmlns data"`
		} `xml:"http://graphml.graphdrawing.org/xmlns edge"`
	} `xml:"http://graphml.graphdrawing.org/xmlns graph"`
}

func TestGraphMLReadsBack(t *testing.T) {
	var b bytes.Buffer
	if err := WriteGraph(&b, sampleMap(), GraphML); err != nil {
		t.Fatal(err)
	}
	var g graphMLRead
	if err := xml.Unmarshal(b.Bytes(), &g); err != nil {
		t.Fatalf("GraphML does not parse: %v\n%s", err, b.String())
	}
	keys := map[string]string{}
	for _, k := range g.Keys {
		if k.For != "node" && k.For != "edge" || !strings.Contains("string int", k.Type) {
			t.Errorf("key %+v", k)
		}
		keys[k.ID] = k.For
	}
	if g.Graph.EdgeDefault != "undirected" || len(g.Graph.Nodes) != 3 || len(g.Graph.Edges) != 2 {
		t.Fatalf("graph %+v", g.Graph)
	}
	ids := map[string]map[string]string{}
	for _, n := range g.Graph.Nodes {
		ids[n.ID] = map[string]string{}
		for _, d := range n.Data {
			if keys[d.Key] != "node" {
				t.Errorf("node data with key %q not declared for nodes", d.Key)
			}
			ids[n.ID][d.Key] = d.Value
		}
	}
	if got := ids["e2"]["label"]; got != "Olaf Scholz & <Co>" {
		t.Errorf("a name with markup reads back as %q", got)
	}
	e := g.Graph.Edges[0]
	data := map[string]string{}
	for _, d := range e.Data {
		if keys[d.Key] != "edge" {
			t.Errorf("edge data with key %q not declared for edges", d.Key)
		}
		data[d.Key] = d.Value
	}
	if ids[e.Source] == nil || ids[e.Target] == nil {
		t.Errorf("edge %s–%s names a missing node", e.Source, e.Target)
	}
	want := map[string]string{"weight": "4", "paragraphs": "4", "shared_clippings": "3", "first": "2024-03-05", "last": "2024-05-20"}
	if !reflect.DeepEqual(data, want) {
		t.Errorf("edge data %v, want %v", data, want)
	}
}

// gexfRead is GEXF 1.3 as its schema lays it out.
type gexfRead struct {
	XMLName xml.Name `xml:"http://gexf.net/1.3 gexf"`
	Version string   `xml:"version,attr"`
	Graph   struct {
		DefaultEdgeType string `xml:"defaultedgetype,attr"`
		Attributes      []struct {
			Class string `xml:"class,attr"`
			Attrs []struct {
				ID   string `xml:"id,attr"`
				Type string `xml:"type,attr"`
			} `xml:"http://gexf.net/1.3 attribute"`
		} `xml:"http://gexf.net/1.3 attributes"`
		Nodes []struct {
			ID     string `xml:"id,attr"`
			Label  string `xml:"label,attr"`
			Values []struct {
				For   string `xml:"for,attr"`
				Value string `xml:"value,attr"`
			} `xml:"http://gexf.net/1.3 attvalues>attvalue"`
			Size struct {
				Value float64 `xml:"value,attr"`
			} `xml:"http://gexf.net/1.3/viz size"`
			Color struct {
				R int `xml:"r,attr"`
			} `xml:"http://gexf.net/1.3/viz color"`
		} `xml:"http://gexf.net/1.3 nodes>node"`
		Edges []struct {
			Source string  `xml:"source,attr"`
			Target string  `xml:"target,attr"`
			Weight float64 `xml:"weight,attr"`
			Values []struct {
				For   string `xml:"for,attr"`
				Value string `xml:"value,attr"`
			} `xml:"http://gexf.net/1.3 attvalues>attvalue"`
		} `xml:"http://gexf.net/1.3 edges>edge"`
	} `xml:"http://gexf.net/1.3 graph"`
}

func TestGEXFReadsBack(t *testing.T) {
	var b bytes.Buffer
	if err := WriteGraph(&b, sampleMap(), GEXF); err != nil {
		t.Fatal(err)
	}
	var g gexfRead
	if err := xml.Unmarshal(b.Bytes(), &g); err != nil {
		t.Fatalf("GEXF does not parse: %v\n%s", err, b.String())
	}
	if g.Version != "1.3" || g.Graph.DefaultEdgeType != "undirected" || len(g.Graph.Nodes) != 3 || len(g.Graph.Edges) != 2 {
		t.Fatalf("gexf %+v", g)
	}
	declared := map[string]bool{}
	for _, a := range g.Graph.Attributes {
		for _, at := range a.Attrs {
			declared[a.Class+" "+at.ID] = true
		}
	}
	n := g.Graph.Nodes[0]
	if n.Label != "Vladimir Putin" || n.Size.Value != 12 || n.Color.R == 0 {
		t.Errorf("node %+v", n)
	}
	for _, v := range n.Values {
		if !declared["node "+v.For] {
			t.Errorf("node value for %q not declared", v.For)
		}
	}
	e := g.Graph.Edges[1]
	if e.Source != "e1" || e.Target != "e7" || e.Weight != 2 {
		t.Errorf("edge %+v", e)
	}
	for _, v := range e.Values {
		if !declared["edge "+v.For] {
			t.Errorf("edge value for %q not declared", v.For)
		}
	}
}

func TestGraphCSVAndJSON(t *testing.T) {
	var b bytes.Buffer
	if err := WriteGraph(&b, sampleMap(), GraphCSV); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 || rows[0][0] != "Source" || rows[0][2] != "Weight" {
		t.Fatalf("rows %v", rows)
	}
	if want := []string{"Vladimir Putin", "'=Kremlin", "2", "person", "organization", "2", "2", "2024-01-02", "2024-01-09", "1", "7"}; !reflect.DeepEqual(rows[2], want) {
		t.Errorf("row %v, want %v (a name starting like a formula defused)", rows[2], want)
	}
	b.Reset()
	if err := WriteGraph(&b, sampleMap(), GraphJSON); err != nil {
		t.Fatal(err)
	}
	var back library.EntityMap
	if err := json.Unmarshal(b.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(&back, sampleMap()) {
		t.Errorf("JSON reads back as %+v", back)
	}
}

func TestParseGraphFormat(t *testing.T) {
	for _, s := range []string{"graphml", "GEXF", " csv ", "json"} {
		if _, err := ParseGraphFormat(s); err != nil {
			t.Errorf("%q: %v", s, err)
		}
	}
	if _, err := ParseGraphFormat("dot"); err == nil || !strings.Contains(err.Error(), "graphml, gexf, csv, json") {
		t.Errorf("dot: %v", err)
	}
}

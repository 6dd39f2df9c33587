package export

import (
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"margin/annotate"
	"margin/library"
)

// The entity map goes out to graph tools as GraphML (Cytoscape, yEd,
// networkx, gonum), GEXF 1.3 (Gephi), CSV (an edge list for spreadsheets
// and Gephi's table import) or JSON. Every format carries, on each link,
// the shared paragraphs and clippings and the first and last dates, and on
// each entity its type and counts.

// GraphFormat is a format the entity map is written in.
type GraphFormat string

// The graph formats.
const (
	GraphML   GraphFormat = "graphml"
	GEXF      GraphFormat = "gexf"
	GraphCSV  GraphFormat = "csv"
	GraphJSON GraphFormat = "json"
)

// GraphFormats lists the graph formats in the order help shows them.
var GraphFormats = []GraphFormat{GraphML, GEXF, GraphCSV, GraphJSON}

// ParseGraphFormat reads a graph format's name.
func ParseGraphFormat(s string) (GraphFormat, error) {
	for _, f := range GraphFormats {
		if strings.EqualFold(strings.TrimSpace(s), string(f)) {
			return f, nil
		}
	}
	names := make([]string, len(GraphFormats))
	for i, f := range GraphFormats {
		names[i] = string(f)
	}
	return "", fmt.Errorf("%w: the graph format is one of %s, not %q", library.ErrInvalid, strings.Join(names, ", "), s)
}

// Ext is the file name extension of the format.
func (f GraphFormat) Ext() string { return "." + string(f) }

// WriteGraph writes the entity map in the format.
func WriteGraph(w io.Writer, m *library.EntityMap, f GraphFormat) error {
	switch f {
	case GraphML:
		return writeGraphML(w, m)
	case GEXF:
		return writeGEXF(w, m)
	case GraphCSV:
		return writeGraphCSV(w, m)
	case GraphJSON:
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(m)
	}
	return fmt.Errorf("%w: unknown graph format %q", library.ErrInvalid, f)
}

func graphDate(t time.Time) string { return t.UTC().Format("2006-01-02") }

// nodeID names an entity in GraphML and GEXF.
func nodeID(id int64) string { return "e" + strconv.FormatInt(id, 10) }

type graphMLKey struct {
	ID   string `xml:"id,attr"`
	For  string `xml:"for,attr"`
	Name string `xml:"attr.name,attr"`
	Type string `xml:"attr.type,attr"`
}

type graphMLData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

type graphMLNode struct {
	ID   string        `xml:"id,attr"`
	Data []graphMLData `xml:"data"`
}

type graphMLEdge struct {
	ID     string        `xml:"id,attr"`
	Source string        `xml:"source,attr"`
	Target string        `xml:"target,attr"`
	Data   []graphMLData `xml:"data"`
}

type graphMLDoc struct {
	XMLName        xml.Name     `xml:"graphml"`
	XMLNS          string       `xml:"xmlns,attr"`
	XSI            string       `xml:"xmlns:xsi,attr"`
	SchemaLocation string       `xml:"xsi:schemaLocation,attr"`
	Keys           []graphMLKey `xml:"key"`
	Graph          struct {
		ID          string        `xml:"id,attr"`
		EdgeDefault string        `xml:"edgedefault,attr"`
		Nodes       []graphMLNode `xml:"node"`
		Edges       []graphMLEdge `xml:"edge"`
	} `xml:"graph"`
}

// GraphMLNamespace is the namespace of GraphML documents.
const GraphMLNamespace = "http://graphml.graphdrawing.org/xmlns"

func writeGraphML(w io.Writer, m *library.EntityMap) error {
	d := graphMLDoc{
		XMLNS:          GraphMLNamespace,
		XSI:            "http://www.w3.org/2001/XMLSchema-instance",
		SchemaLocation: GraphMLNamespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
		Keys: []graphMLKey{
			{"label", "node", "label", "string"},
			{"type", "node", "type", "string"},
			{"clippings", "node", "clippings", "int"},
			{"mentions", "node", "mentions", "int"},
			{"weight", "edge", "weight", "int"},
			{"paragraphs", "edge", "paragraphs", "int"},
			{"shared_clippings", "edge", "clippings", "int"},
			{"first", "edge", "first", "string"},
			{"last", "edge", "last", "string"},
		},
	}
	d.Graph.ID = "entities"
	d.Graph.EdgeDefault = "undirected"
	for _, n := range m.Nodes {
		d.Graph.Nodes = append(d.Graph.Nodes, graphMLNode{ID: nodeID(n.ID), Data: []graphMLData{
			{"label", n.Name}, {"type", string(n.Type)},
			{"clippings", strconv.Itoa(n.Clippings)}, {"mentions", strconv.Itoa(n.Mentions)},
		}})
	}
	for i, k := range m.Links {
		d.Graph.Edges = append(d.Graph.Edges, graphMLEdge{ID: "l" + strconv.Itoa(i), Source: nodeID(k.A), Target: nodeID(k.B), Data: []graphMLData{
			{"weight", strconv.Itoa(k.Count)}, {"paragraphs", strconv.Itoa(k.Paragraphs)},
			{"shared_clippings", strconv.Itoa(k.Clippings)}, {"first", graphDate(k.First)}, {"last", graphDate(k.Last)},
		}})
	}
	return writeXML(w, d)
}

func writeXML(w io.Writer, v any) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

type gexfAttribute struct {
	ID    string `xml:"id,attr"`
	Title string `xml:"title,attr"`
	Type  string `xml:"type,attr"`
}

type gexfAttributes struct {
	Class      string          `xml:"class,attr"`
	Attributes []gexfAttribute `xml:"attribute"`
}

type gexfValue struct {
	For   string `xml:"for,attr"`
	Value string `xml:"value,attr"`
}

type gexfColor struct {
	R uint8 `xml:"r,attr"`
	G uint8 `xml:"g,attr"`
	B uint8 `xml:"b,attr"`
}

type gexfNode struct {
	ID     string      `xml:"id,attr"`
	Label  string      `xml:"label,attr"`
	Values []gexfValue `xml:"attvalues>attvalue"`
	Size   struct {
		Value float64 `xml:"value,attr"`
	} `xml:"viz:size"`
	Color gexfColor `xml:"viz:color"`
}

type gexfEdge struct {
	ID     string      `xml:"id,attr"`
	Source string      `xml:"source,attr"`
	Target string      `xml:"target,attr"`
	Weight int         `xml:"weight,attr"`
	Values []gexfValue `xml:"attvalues>attvalue"`
}

type gexfDoc struct {
	XMLName        xml.Name `xml:"gexf"`
	XMLNS          string   `xml:"xmlns,attr"`
	Viz            string   `xml:"xmlns:viz,attr"`
	XSI            string   `xml:"xmlns:xsi,attr"`
	SchemaLocation string   `xml:"xsi:schemaLocation,attr"`
	Version        string   `xml:"version,attr"`
	Meta           struct {
		Creator     string `xml:"creator"`
		Description string `xml:"description"`
	} `xml:"meta"`
	Graph struct {
		Mode            string           `xml:"mode,attr"`
		DefaultEdgeType string           `xml:"defaultedgetype,attr"`
		Attributes      []gexfAttributes `xml:"attributes"`
		Nodes           []gexfNode       `xml:"nodes>node"`
		Edges           []gexfEdge       `xml:"edges>edge"`
	} `xml:"graph"`
}

// GEXFNamespace is the namespace of GEXF 1.3 documents.
const GEXFNamespace = "http://gexf.net/1.3"

func writeGEXF(w io.Writer, m *library.EntityMap) error {
	d := gexfDoc{
		XMLNS:          GEXFNamespace,
		Viz:            GEXFNamespace + "/viz",
		XSI:            "http://www.w3.org/2001/XMLSchema-instance",
		SchemaLocation: GEXFNamespace + " http://gexf.net/1.3/gexf.xsd",
		Version:        "1.3",
	}
	d.Meta.Creator = "Margin"
	d.Meta.Description = fmt.Sprintf("Entities linked by shared %ss", m.Unit)
	d.Graph.Mode = "static"
	d.Graph.DefaultEdgeType = "undirected"
	d.Graph.Attributes = []gexfAttributes{
		{Class: "node", Attributes: []gexfAttribute{{"type", "type", "string"}, {"clippings", "clippings", "integer"}, {"mentions", "mentions", "integer"}}},
		{Class: "edge", Attributes: []gexfAttribute{{"paragraphs", "paragraphs", "integer"}, {"clippings", "clippings", "integer"}, {"first", "first", "string"}, {"last", "last", "string"}}},
	}
	for _, n := range m.Nodes {
		c := annotate.DescribeType(n.Type).Light
		g := gexfNode{ID: nodeID(n.ID), Label: n.Name, Values: []gexfValue{
			{"type", string(n.Type)}, {"clippings", strconv.Itoa(n.Clippings)}, {"mentions", strconv.Itoa(n.Mentions)},
		}, Color: gexfColor{c.R, c.G, c.B}}
		g.Size.Value = float64(max(1, n.Clippings))
		d.Graph.Nodes = append(d.Graph.Nodes, g)
	}
	for i, k := range m.Links {
		d.Graph.Edges = append(d.Graph.Edges, gexfEdge{ID: "l" + strconv.Itoa(i), Source: nodeID(k.A), Target: nodeID(k.B), Weight: k.Count, Values: []gexfValue{
			{"paragraphs", strconv.Itoa(k.Paragraphs)}, {"clippings", strconv.Itoa(k.Clippings)}, {"first", graphDate(k.First)}, {"last", graphDate(k.Last)},
		}})
	}
	return writeXML(w, d)
}

// writeGraphCSV writes one row per link, with Source, Target and Weight as
// Gephi's edge table import names them.
func writeGraphCSV(w io.Writer, m *library.EntityMap) error {
	nodes := map[int64]library.MapNode{}
	for _, n := range m.Nodes {
		nodes[n.ID] = n
	}
	cw := csv.NewWriter(w)
	if err := cw.Write([]string{"Source", "Target", "Weight", "Source type", "Target type", "Paragraphs", "Clippings", "First", "Last", "Source id", "Target id"}); err != nil {
		return err
	}
	for _, k := range m.Links {
		a, b := nodes[k.A], nodes[k.B]
		if err := cw.Write([]string{
			defuseFormula(a.Name), defuseFormula(b.Name), strconv.Itoa(k.Count), string(a.Type), string(b.Type),
			strconv.Itoa(k.Paragraphs), strconv.Itoa(k.Clippings), graphDate(k.First), graphDate(k.Last),
			strconv.FormatInt(k.A, 10), strconv.FormatInt(k.B, 10),
		}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

package clip

import "time"

// Source says what kind of input an article came from.
type Source string

// The kinds of input Margin clips.
const (
	SourceURL  Source = "url"  // fetched over HTTP(S)
	SourceFile Source = "file" // an HTML file on disk
	SourceHTML Source = "html" // HTML pasted by the person
	SourceText Source = "text" // text of a page copied from a browser
)

// Article is a readable article extracted from a page: its metadata, its
// body as a Document, and the raw input it came from so it can be extracted
// again later.
type Article struct {
	Title        string    `json:"title"`
	Byline       string    `json:"byline,omitempty"`
	SiteName     string    `json:"site,omitempty"`
	Published    time.Time `json:"published,omitzero"`
	Language     string    `json:"lang,omitempty"`
	Excerpt      string    `json:"excerpt,omitempty"`
	LeadImage    string    `json:"image,omitempty"`
	URL          string    `json:"url,omitempty"`           // final URL after redirects, or the base URL given
	CanonicalURL string    `json:"canonical_url,omitempty"` // from <link rel=canonical> or og:url
	Source       Source    `json:"source"`
	SourceRef    string    `json:"source_ref,omitempty"` // the URL or file path given by the person
	Document     Document  `json:"document"`
	// Uncertain says that no article was found on the page and Document
	// holds the text that reads most like one: readers should say so.
	Uncertain bool `json:"uncertain,omitempty"`
	// Raw is the original input (HTML as UTF-8, or the pasted text), kept so
	// the article can be re-extracted by a better extractor.
	Raw string `json:"-"`
	// Images are the pictures of the Document's image blocks as fetched
	// when the article was clipped (see FetchImages); the library keeps
	// them.
	Images []Image `json:"-"`
	// ETag and LastModified are the validators of a fetched page (see
	// Page), so that a check for changes can be a conditional request.
	ETag         string `json:"-"`
	LastModified string `json:"-"`
}

// Text returns the article's canonical plain text.
func (a *Article) Text() string { return a.Document.Text() }

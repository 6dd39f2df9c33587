package clip

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"image"
	_ "image/gif"  // decodes GIF pictures' sizes
	_ "image/jpeg" // decodes JPEG pictures' sizes
	_ "image/png"  // decodes PNG pictures' sizes
	"io"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	_ "golang.org/x/image/webp" // decodes WebP pictures' sizes
)

// Defaults for fetching an article's images.
const (
	DefaultMaxImageBytes   = 10 << 20 // one picture
	DefaultMaxImagesBytes  = 60 << 20 // all the pictures of one article
	DefaultMaxImages       = 200
	DefaultImageTimeout    = 20 * time.Second
	allImagesTimeout       = 2 * time.Minute // all the pictures of one article
	imageWorkers           = 4               // pictures fetched at a time
	smallestPicture        = 48
	preferredPictureWidths = 1200 // srcset: the smallest candidate at least this wide
)

var (
	// ErrNotImage is noted for a picture whose address answered with
	// something that is not a picture Margin can show (an HTML page, SVG).
	ErrNotImage = errors.New("not a picture")
	// ErrImagesTooLarge is noted for pictures left out because the
	// article's pictures together passed Options.MaxImagesBytes.
	ErrImagesTooLarge = errors.New("the article's pictures are too large together")
	// ErrTinyImage is noted for a picture so small it is a tracking pixel
	// or an icon, not part of the article.
	ErrTinyImage = errors.New("too small to be part of the article (an icon or a tracking pixel)")
)

// Image is one of an article's pictures as fetched when it was clipped.
// Either Data holds the picture or Err says why it could not be kept.
type Image struct {
	// Src is the absolute address of the picture, as in the image block.
	Src string
	// Data is the picture's bytes, exactly as served.
	Data []byte
	// MIME is the sniffed media type (image/jpeg, image/png, image/gif,
	// image/webp).
	MIME string
	// Width and Height are the picture's size in pixels.
	Width, Height int
	// Err says why the picture is missing; empty when Data is set.
	Err string
}

// Hash returns the hex SHA-256 of the picture's bytes: the key it is
// stored under, so the same picture is kept once.
func (im Image) Hash() string {
	sum := sha256.Sum256(im.Data)
	return hex.EncodeToString(sum[:])
}

// imageSource returns the address an <img> shows, picking what lazy
// loading hides and a sensible size from srcset, or "" for an image that
// is no part of the article (see dropImageRules).
func imageSource(n *html.Node) string {
	for _, r := range dropImageRules {
		if r.drop(n) {
			return ""
		}
	}
	var src string
	for _, pick := range sourceRules {
		if src = pick(n); src != "" {
			break
		}
	}
	if src == "" || isTinyDataURI(src) {
		return ""
	}
	if strings.HasPrefix(strings.ToLower(src), "data:") {
		return ""
	}
	if dropImageSrc(src) {
		return ""
	}
	return src
}

// sourceRules are tried in order to find an image's address: the
// <picture>'s sources, then srcset (lazy or not), the lazy-loading
// attributes, and src last, since lazy pages put a placeholder there.
var sourceRules = []func(n *html.Node) string{
	pictureSource,
	func(n *html.Node) string { return pickSrcset(attr(n, "data-srcset")) },
	func(n *html.Node) string { return pickSrcset(attr(n, "srcset")) },
	func(n *html.Node) string { return lazySrc(n) },
	func(n *html.Node) string { return strings.TrimSpace(attr(n, "src")) },
}

// lazyAttrs are the attributes lazy-loading scripts read the real
// address from.
var lazyAttrs = []string{"data-src", "data-lazy-src", "data-original", "data-lazy", "data-url", "data-hi-res-src"}

func lazySrc(n *html.Node) string {
	for _, k := range lazyAttrs {
		if v := strings.TrimSpace(attr(n, k)); v != "" && !strings.HasPrefix(v, "data:") {
			return v
		}
	}
	return ""
}

// pictureSource picks from the <source> elements of an <img>'s
// <picture>, skipping formats Margin cannot decode (AVIF, JPEG XL).
func pictureSource(n *html.Node) string {
	p := n.Parent
	if p == nil || p.DataAtom != atom.Picture {
		return ""
	}
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != atom.Source {
			continue
		}
		switch t := strings.ToLower(attr(c, "type")); t {
		case "", "image/jpeg", "image/png", "image/webp", "image/gif":
		default:
			continue
		}
		if m := attr(c, "media"); m != "" && !strings.Contains(m, "min-width") {
			// A source for narrow screens or print: the <img> or a
			// later source is the one a desktop shows.
			continue
		}
		for _, k := range []string{"data-srcset", "srcset"} {
			if s := pickSrcset(attr(c, k)); s != "" {
				return s
			}
		}
	}
	return ""
}

// srcsetCandidate is one entry of a srcset: an address with a width (w)
// or a pixel density (x).
type srcsetCandidate struct {
	url   string
	width int
	dens  float64
}

// pickSrcset chooses from a srcset the smallest picture at least
// preferredPictureWidths wide (or of density 2), else the largest: sharp in
// a reading column on a doubled display without fetching a poster.
func pickSrcset(s string) string {
	var cands []srcsetCandidate
	for _, part := range splitSrcset(s) {
		f := strings.Fields(part)
		if len(f) == 0 || strings.HasPrefix(f[0], "data:") {
			continue
		}
		c := srcsetCandidate{url: f[0], dens: 1}
		if len(f) > 1 {
			d := strings.ToLower(f[1])
			switch {
			case strings.HasSuffix(d, "w"):
				c.width, _ = strconv.Atoi(strings.TrimSuffix(d, "w"))
			case strings.HasSuffix(d, "x"):
				c.dens, _ = strconv.ParseFloat(strings.TrimSuffix(d, "x"), 64)
			}
		}
		cands = append(cands, c)
	}
	if len(cands) == 0 {
		return ""
	}
	size := func(c srcsetCandidate) float64 {
		if c.width > 0 {
			return float64(c.width)
		}
		return c.dens * preferredPictureWidths / 2
	}
	sort.SliceStable(cands, func(i, j int) bool { return size(cands[i]) < size(cands[j]) })
	for _, c := range cands {
		if size(c) >= preferredPictureWidths {
			return c.url
		}
	}
	return cands[len(cands)-1].url
}

// splitSrcset splits a srcset into "address descriptors" pieces as the
// HTML standard parses it: an address runs to the next space, so a comma
// inside it (as image CDNs use) does not end the candidate.
func splitSrcset(s string) []string {
	var out []string
	for {
		s = strings.TrimLeft(s, " \t\n\r\f,")
		if s == "" {
			return out
		}
		end := strings.IndexAny(s, " \t\n\r\f")
		if end < 0 {
			end = len(s)
		}
		addr := s[:end]
		s = s[end:]
		if strings.HasSuffix(addr, ",") {
			out = append(out, strings.TrimRight(addr, ","))
			continue
		}
		desc := s
		if i := strings.IndexByte(s, ','); i >= 0 {
			desc, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		out = append(out, addr+" "+strings.TrimSpace(desc))
	}
}

// isTinyDataURI reports a data: URI too short to hold a real picture: the
// placeholders lazy-loading pages put in src.
func isTinyDataURI(s string) bool {
	return strings.HasPrefix(strings.ToLower(s), "data:") && len(s) < 200
}

// dropImageRule is one reason an <img> is no part of the article.
type dropImageRule struct {
	name string
	drop func(n *html.Node) bool
}

// dropImageRules says which images are left out of an article: the rule
// is that a declared size under 48 pixels on both sides (or 2 on either,
// a tracking pixel), or a class, id or role naming an avatar, icon, logo,
// emoji, badge, sprite or a share or social button, marks an image that is
// page furniture, not part of what the article shows.
var dropImageRules = []dropImageRule{
	{"tracking pixel or icon by declared size", func(n *html.Node) bool {
		w, wok := declaredSize(attr(n, "width"))
		h, hok := declaredSize(attr(n, "height"))
		if (wok && w <= 2) || (hok && h <= 2) {
			return true
		}
		return wok && hok && w < smallestPicture && h < smallestPicture
	}},
	{"furniture by class, id or role", func(n *html.Node) bool {
		for _, k := range []string{"class", "id", "role"} {
			if hasFurnitureWord(attr(n, k)) {
				return true
			}
		}
		return n.Parent != nil && n.Parent.DataAtom == atom.A && hasFurnitureWord(attr(n.Parent, "class"))
	}},
}

// furnitureWords are the words of class names that mark page furniture.
var furnitureWords = map[string]bool{
	"avatar": true, "avatars": true, "icon": true, "icons": true, "logo": true, "emoji": true,
	"badge": true, "sprite": true, "share": true, "sharing": true, "social": true,
	"gravatar": true, "spacer": true, "pixel": true, "tracking": true, "tracker": true,
}

// hasFurnitureWord reports whether a class list names page furniture.
func hasFurnitureWord(s string) bool {
	for _, w := range words(s) {
		if furnitureWords[w] {
			return true
		}
	}
	return false
}

// words splits s into its lower-case runs of letters and digits.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
}

// fileFurnitureWords mark furniture in a file or folder name. Fewer words
// than in class names: a photograph may well be called
// social-housing-estate.jpg or new-logo-unveiled.jpg.
var fileFurnitureWords = map[string]bool{
	"avatar": true, "avatars": true, "gravatar": true, "icon": true, "icons": true, "emoji": true,
	"sprite": true, "spacer": true, "pixel": true, "tracking": true, "tracker": true, "badge": true,
}

// shareNetworks are the services share buttons are drawn for.
var shareNetworks = map[string]bool{
	"facebook": true, "twitter": true, "x": true, "linkedin": true, "whatsapp": true,
	"pinterest": true, "reddit": true, "email": true, "mail": true, "telegram": true,
}

// isFurnitureName reports a file or folder name that names furniture: one
// of fileFurnitureWords, or a share button (share or social with the name
// of a network).
func isFurnitureName(name string) bool {
	share, network := false, false
	for _, w := range words(name) {
		switch {
		case fileFurnitureWords[w]:
			return true
		case w == "share" || w == "sharing" || w == "social":
			share = true
		case shareNetworks[w]:
			network = true
		}
	}
	return share && network
}

// dropImageSrc reports an address that names furniture or a tracker in
// its file name or folder (share-facebook.png, pixel.gif, avatars/1.jpg).
func dropImageSrc(src string) bool {
	u, err := url.Parse(src)
	if err != nil {
		return false
	}
	path := strings.ToLower(u.Path)
	if i := strings.LastIndexByte(path, '/'); i >= 0 {
		if dir := path[:i]; isFurnitureName(dir[strings.LastIndexByte(dir, '/')+1:]) {
			return true
		}
		path = path[i+1:]
	}
	return isFurnitureName(strings.TrimSuffix(path, pathExt(path)))
}

func pathExt(p string) string {
	if i := strings.LastIndexByte(p, '.'); i >= 0 {
		return p[i:]
	}
	return ""
}

// declaredSize reads a width or height attribute in pixels.
func declaredSize(s string) (int, bool) {
	s = strings.TrimSuffix(strings.TrimSpace(s), "px")
	v, err := strconv.Atoi(s)
	return v, err == nil
}

// FetchImages fetches the pictures of a document's image blocks, a few at
// a time, each at most opts.MaxImageBytes and all at most
// opts.MaxImagesBytes, with the same address and redirect checks as Fetch
// and no credentials. It returns one Image per distinct http or https
// address, in document order; a picture that could not be fetched has Err
// set and never fails the rest. page is sent as the Referer, as a browser
// would. When ctx ends, or after two minutes for all, the pictures not yet
// fetched are noted as cancelled or timed out.
func FetchImages(ctx context.Context, d Document, page string, opts Options) []Image {
	opts = opts.withDefaults()
	ctx, cancel := context.WithTimeout(ctx, allImagesTimeout)
	defer cancel()
	srcs := ImageSources(d)
	if len(srcs) > opts.MaxImages {
		srcs = srcs[:opts.MaxImages]
	}
	out := make([]Image, len(srcs))
	var (
		mu    sync.Mutex
		total int64
		done  int
		wg    sync.WaitGroup
	)
	jobs := make(chan int)
	client := newClient(opts)
	for range min(imageWorkers, len(srcs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				im := fetchImage(ctx, client, srcs[i], page, opts)
				mu.Lock()
				if im.Err == "" && total+int64(len(im.Data)) > opts.MaxImagesBytes {
					im = Image{Src: im.Src, Err: fmt.Sprintf("%v (the limit is %d MB)", ErrImagesTooLarge, opts.MaxImagesBytes>>20)}
				}
				total += int64(len(im.Data))
				out[i] = im
				done++
				n := done
				mu.Unlock()
				if opts.OnImage != nil {
					opts.OnImage(n, len(srcs))
				}
			}
		}()
	}
	for i := range srcs {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return out
}

// ImageSources returns the distinct http and https addresses of a
// document's pictures, in document order.
func ImageSources(d Document) []string {
	var out []string
	seen := map[string]bool{}
	for _, b := range d.Blocks {
		if b.Kind != BlockImage || seen[b.Src] {
			continue
		}
		u, err := url.Parse(b.Src)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			continue
		}
		seen[b.Src] = true
		out = append(out, b.Src)
	}
	return out
}

// fetchImage fetches one picture; failures are noted in Err.
func fetchImage(ctx context.Context, client *http.Client, src, page string, opts Options) Image {
	im := Image{Src: src}
	data, err := fetchImageData(ctx, client, src, page, opts)
	if err != nil {
		im.Err = err.Error()
		return im
	}
	mt := mediaTypeOf(http.DetectContentType(data))
	if !strings.HasPrefix(mt, "image/") {
		im.Err = fmt.Sprintf("%v: the address answered with %s", ErrNotImage, mt)
		return im
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		im.Err = fmt.Sprintf("%v: %s that Margin cannot read", ErrNotImage, mt)
		return im
	}
	if cfg.Width <= 2 || cfg.Height <= 2 || (cfg.Width < smallestPicture && cfg.Height < smallestPicture) {
		im.Err = fmt.Sprintf("%v: %d×%d", ErrTinyImage, cfg.Width, cfg.Height)
		return im
	}
	im.Data, im.MIME, im.Width, im.Height = data, "image/"+format, cfg.Width, cfg.Height
	return im
}

// fetchImageData downloads a picture's bytes within the limits.
func fetchImageData(ctx context.Context, client *http.Client, src, page string, opts Options) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return nil, ErrTimeout
		}
		return nil, err
	}
	u, err := checkURL(src)
	if err != nil {
		return nil, err
	}
	// A picture's address carries no credentials, whatever the page did.
	u.User = nil
	ctx, cancel := context.WithTimeout(ctx, opts.ImageTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, ErrInvalidURL
	}
	req.Header.Set("User-Agent", opts.UserAgent)
	req.Header.Set("Accept", "image/webp,image/png,image/jpeg,image/gif;q=0.9,*/*;q=0.5")
	if p, err := url.Parse(page); err == nil && (p.Scheme == "http" || p.Scheme == "https") {
		p.User = nil
		req.Header.Set("Referer", p.String())
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, unwrapFetchError(fetchError(ctx, u.String(), err))
	}
	// A refused picture's short body is read to its end, as a refused
	// page's is, so that its connection goes back to the pool.
	defer closeBody(resp)
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, &StatusError{URL: resp.Request.URL.String(), Code: resp.StatusCode}
	}
	if resp.ContentLength > opts.MaxImageBytes {
		return nil, fmt.Errorf("%w (%d bytes, the limit is %d)", ErrTooLarge, resp.ContentLength, opts.MaxImageBytes)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, opts.MaxImageBytes+1))
	if err != nil {
		return nil, unwrapFetchError(fetchError(ctx, u.String(), err))
	}
	if int64(len(data)) > opts.MaxImageBytes {
		return nil, fmt.Errorf("%w (more than %d bytes)", ErrTooLarge, opts.MaxImageBytes)
	}
	return data, nil
}

// unwrapFetchError drops the "fetch <url>:" prefix, since an Image names
// its address already.
func unwrapFetchError(err error) error {
	if inner := errors.Unwrap(err); inner != nil {
		return inner
	}
	return err
}

// withImages fetches the pictures of a clipped article into a.Images,
// unless opts.NoImages says not to.
func withImages(ctx context.Context, a *Article, opts Options) *Article {
	if a == nil || opts.NoImages {
		return a
	}
	a.Images = FetchImages(ctx, a.Document, a.URL, opts)
	return a
}

package capture

import (
	"encoding/json"
	"net/url"
	"strconv"
	"strings"
)

// bookmarkletJS sends the page to the capture port: the URL, the rendered
// HTML, the selection with up to 64 characters of text on either side, and
// the tag; it then shows the answer in a small box for a few seconds. The
// placeholders are replaced by JSON strings.
const bookmarkletJS = `(function(){
var P=__PORT__,T=__TOKEN__,G=__TAG__,s=window.getSelection(),x='',a='',b='';
if(s&&s.rangeCount&&!s.isCollapsed){var r=s.getRangeAt(0);x=s.toString();
try{var q=document.createRange();q.selectNodeContents(document.body);q.setEnd(r.startContainer,r.startOffset);a=q.toString().slice(-64);
q=document.createRange();q.selectNodeContents(document.body);q.setStart(r.endContainer,r.endOffset);b=q.toString().slice(0,64);}catch(e){}}
function say(m,ok){var d=document.getElementById('margin-clip-toast');if(!d){d=document.createElement('div');d.id='margin-clip-toast';
d.style.cssText='position:fixed;z-index:2147483647;top:12px;right:12px;max-width:24em;padding:10px 14px;border-radius:6px;font:14px/1.4 sans-serif;color:#fff;box-shadow:0 2px 8px rgba(0,0,0,.3)';
document.body.appendChild(d);}d.style.background=ok?'#2e7d32':'#b71c1c';d.textContent=m;setTimeout(function(){d.remove();},5000);}
fetch('http://127.0.0.1:'+P+'/clip',{method:'POST',headers:{'Content-Type':'application/json','X-Margin-Token':T},
body:JSON.stringify({url:location.href,title:document.title,html:document.documentElement.outerHTML,selection:x,prefix:a,suffix:b,tag:G})})
.then(function(r){return r.json();}).then(function(j){if(j.error){say('Margin: '+j.error,false);}else{
say((j.existed?'Already in Margin: ':'Clipped to Margin: ')+j.title+(j.highlighted?' (with your highlight)':''),true);}})
.catch(function(){say('Margin could not be reached: open Margin (or run margin serve). If it runs, this browser keeps the page from reaching it: use Margin\'s browser extension.',false);});
})();`

// Bookmarklet returns the javascript: link Preferences shows to drag to the
// bookmarks bar: it sends the page to the capture port with token, tagging
// it with tag when not empty.
func Bookmarklet(port int, token, tag string) string {
	str := func(s string) string {
		b, _ := json.Marshal(s)
		return string(b)
	}
	js := strings.NewReplacer("__PORT__", strconv.Itoa(port), "__TOKEN__", str(token), "__TAG__", str(tag)).Replace(bookmarkletJS)
	js = strings.ReplaceAll(js, "\n", "")
	return "javascript:" + url.PathEscape(js)
}

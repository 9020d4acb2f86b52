package browsertest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/civicnews/civicnews"
	"github.com/civicnews/civicnews/internal/view"
	"github.com/civicnews/civicnews/layout"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// hostile is a page whose text is markup that would run script, load
// images and break out of the style element if it were not escaped.
const hostile = `社区新闻报
<script>window.__pwned = 1; fetch("http://127.0.0.1:9/script")</script>
居民区开展垃圾分类宣传活动
</style><script>window.__pwned = 3</script><style>
本报讯 近日，居民区组织志愿者开展垃圾分类宣传活动，向居民讲解分类知识。<img src="http://127.0.0.1:9/img.png" onerror="window.__pwned = 2">活动中，志愿者还为居民发放了宣传资料。
<iframe src="http://127.0.0.1:9/frame"></iframe><link rel="stylesheet" href="http://127.0.0.1:9/style.css">
"><svg onload="window.__pwned = 4"> &lt;b&gt;粗体&lt;/b&gt; {{.Name}} javascript:alert(1)
`

func browser(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("no Chromium found, and $CI is set: install it (apt-get install -y chromium) or set $CHROMIUM")
	}
	t.Skip("no Chromium found (apt-get install -y chromium, or set $CHROMIUM to the browser): skipping the browser test")
	return ""
}

// jsonDoc is the part of the JSON output the test checks against.
type jsonDoc struct {
	Entities []struct {
		Text  string   `json:"text"`
		Spans [][2]int `json:"spans"`
	} `json:"entities"`
	Boilerplate []struct {
		Text   string `json:"text"`
		Reason string `json:"reason"`
	} `json:"boilerplate"`
	Repairs []json.RawMessage `json:"repairs"`
}

type pageResult struct {
	Pwned        any               `json:"pwned"`
	Scripts      int               `json:"scripts"`
	Injected     int               `json:"injected"` // img, iframe, svg, link[rel=stylesheet] elements
	SourceText   string            `json:"sourceText"`
	EntParsed    map[string]string `json:"entParsed"`
	EntSource    map[string]int    `json:"entSource"`
	BPSource     map[string]string `json:"bpSource"`
	BPItems      map[string]string `json:"bpItems"`
	Reps         map[string]int    `json:"reps"`
	Lit          int               `json:"lit"`
	StyleIntact  bool              `json:"styleIntact"`
	SourceHeight float64           `json:"sourceHeight"`
}

const probe = `(() => {
  const r = {pwned: window.__pwned === undefined ? null : window.__pwned,
    scripts: document.scripts.length,
    injected: document.querySelectorAll("img,iframe,svg,link,object,embed").length,
    sourceText: document.querySelector(".src").textContent,
    entParsed: {}, entSource: {}, bpSource: {}, bpItems: {}, reps: {}};
  for (const el of document.querySelectorAll("#parsed [data-ents]"))
    for (const i of el.dataset.ents.split(" ")) r.entParsed[i] = (r.entParsed[i] || "") + el.textContent;
  for (const el of document.querySelectorAll(".src [data-ents]"))
    for (const i of el.dataset.ents.split(" ")) r.entSource[i] = (r.entSource[i] || 0) + 1;
  for (const el of document.querySelectorAll(".src [data-bp]"))
    r.bpSource[el.dataset.bp] = (r.bpSource[el.dataset.bp] || "") + el.textContent;
  for (const el of document.querySelectorAll("[data-bp-item]"))
    r.bpItems[el.dataset.bpItem] = el.textContent;
  for (const el of document.querySelectorAll(".src [data-reps]"))
    for (const i of el.dataset.reps.split(" ")) r.reps[i] = (r.reps[i] || 0) + 1;
  const m = document.querySelector("[data-ents],[data-bp]");
  if (m) m.dispatchEvent(new MouseEvent("mouseover", {bubbles: true}));
  r.lit = document.querySelectorAll(".hl").length;
  r.styleIntact = getComputedStyle(document.querySelector("main")).display === "grid";
  r.sourceHeight = document.querySelector("#source").getBoundingClientRect().height;
  return r;
})()`

func TestViewInChromium(t *testing.T) {
	bin := browser(t)
	_, file, _, _ := runtime.Caller(0)
	root := filepath.Join(filepath.Dir(file), "..", "..", "..")
	pages, err := filepath.Glob(filepath.Join(root, "testdata", "issues", "*.txt"))
	if err != nil || len(pages) == 0 {
		t.Fatalf("no sample pages under %s: %v", root, err)
	}
	dir := t.TempDir()
	hostilePath := filepath.Join(dir, "hostile.txt")
	if err := os.WriteFile(hostilePath, []byte(hostile), 0o644); err != nil {
		t.Fatal(err)
	}
	pages = append(pages, hostilePath)
	// A GBK page: its spans index GBK bytes, the view shows them decoded.
	first, err := os.ReadFile(pages[0])
	if err != nil {
		t.Fatal(err)
	}
	gbk, err := simplifiedchinese.GB18030.NewEncoder().Bytes(first)
	if err != nil {
		t.Fatal(err)
	}
	gbkPath := filepath.Join(dir, "gbk-"+filepath.Base(pages[0]))
	if err := os.WriteFile(gbkPath, gbk, 0o644); err != nil {
		t.Fatal(err)
	}
	pages = append(pages, gbkPath)

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(filepath.Join(dir, "profile")),
		chromedp.WindowSize(1400, 1000),
	}
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	bctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	if err := chromedp.Do(bctx); err != nil { // starts the browser, with no timeout on its context
		t.Fatalf("starting %s: %v", bin, err)
	}

	for _, p := range pages {
		name := filepath.Base(p)
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := civicnews.Parse(src)
			if err != nil {
				t.Fatal(err)
			}
			raw, err := json.Marshal(doc)
			if err != nil {
				t.Fatal(err)
			}
			var want jsonDoc
			if err := json.Unmarshal(raw, &want); err != nil {
				t.Fatal(err)
			}
			var html bytes.Buffer
			if err := view.Render(&html, name, doc); err != nil {
				t.Fatal(err)
			}
			htmlPath := filepath.Join(dir, strings.TrimSuffix(name, ".txt")+".html")
			if err := os.WriteFile(htmlPath, html.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}

			tctx, cancel := chromedp.NewContext(bctx)
			defer cancel()
			tctx, cancelT := context.WithTimeout(tctx, 60*time.Second)
			defer cancelT()
			var (
				mu       sync.Mutex
				requests []string
				console  []string
			)
			if err := chromedp.Listen(tctx, func(ev any) {
				mu.Lock()
				defer mu.Unlock()
				switch e := ev.(type) {
				case *network.EventRequestWillBeSent:
					requests = append(requests, e.Request.URL)
				case *cdpruntime.EventConsoleAPICalled:
					console = append(console, string(e.Type))
				case *cdpruntime.EventExceptionThrown:
					console = append(console, "exception: "+e.ExceptionDetails.Text)
				}
			}); err != nil {
				t.Fatal(err)
			}
			if err := chromedp.Do(tctx,
				chromedp.Navigate("file://"+htmlPath),
				chromedp.WaitReady("body"),
				chromedp.Sleep(300*time.Millisecond), // let anything that would load or run, load or run
			); err != nil {
				t.Fatal(err)
			}
			res, err := chromedp.Run(tctx, chromedp.Evaluate[pageResult](probe))
			if err != nil {
				t.Fatal(err)
			}
			shot, err := chromedp.Run(tctx, chromedp.CaptureScreenshot())
			if err != nil {
				t.Fatal(err)
			}
			shotPath := filepath.Join(dir, strings.TrimSuffix(name, ".txt")+".png")
			if err := os.WriteFile(shotPath, shot, 0o644); err != nil {
				t.Fatal(err)
			}
			if d := os.Getenv("NEWSVIEW_SHOTS"); d != "" {
				_ = os.WriteFile(filepath.Join(d, filepath.Base(shotPath)), shot, 0o644)
			}
			t.Logf("screenshot: %s", shotPath)

			mu.Lock()
			for _, u := range requests {
				if u != "file://"+htmlPath {
					t.Errorf("the view made a request: %s", u)
				}
			}
			for _, c := range console {
				if strings.HasPrefix(c, "exception") {
					t.Errorf("script error: %s", c)
				}
			}
			mu.Unlock()
			if res.Pwned != nil {
				t.Errorf("a script from the page ran: window.__pwned = %v", res.Pwned)
			}
			if res.Scripts != 1 || res.Injected != 0 {
				t.Errorf("markup from the page became elements: %d scripts (want the view's 1), %d img/iframe/svg/link", res.Scripts, res.Injected)
			}
			if !res.StyleIntact {
				t.Error("the view's style sheet did not apply (broken by the page's </style>?)")
			}
			if res.Lit == 0 && (len(want.Entities) > 0 || len(want.Boilerplate) > 0) {
				t.Error("hovering a mark lit nothing: the view's own script did not run")
			}
			text, _, err := layout.Decode(src, layout.Auto)
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(strings.Fields(res.SourceText), ""); got != strings.Join(strings.Fields(string(text)), "") {
				t.Errorf("the source pane does not show the source text")
			}
			for i, e := range want.Entities {
				k := fmt.Sprint(i)
				if res.EntParsed[k] != e.Text {
					t.Errorf("entity %d %q: marked in the articles as %q", i, e.Text, res.EntParsed[k])
				}
				if len(e.Spans) > 0 && res.EntSource[k] == 0 {
					t.Errorf("entity %d %q: not marked in the source", i, e.Text)
				}
			}
			for i, b := range want.Boilerplate {
				k := fmt.Sprint(i)
				if strings.TrimSpace(res.BPSource[k]) == "" {
					t.Errorf("boilerplate %d (%s) %q: not marked in the source", i, b.Reason, b.Text)
				}
				if !strings.Contains(res.BPItems[k], b.Text) || !strings.Contains(res.BPItems[k], b.Reason) {
					t.Errorf("boilerplate %d: listed as %q, want %q (%s)", i, res.BPItems[k], b.Text, b.Reason)
				}
			}
			for i := range want.Repairs {
				if res.Reps[fmt.Sprint(i)] == 0 {
					t.Errorf("repair %d: not marked in the source", i)
				}
			}
			if name == "hostile.txt" {
				for _, s := range []string{"<script>", "onerror=", "</style>", "<iframe", "{{.Name}}"} {
					if !strings.Contains(res.SourceText, s) {
						t.Errorf("the page's %q is not shown as text", s)
					}
				}
			}
			t.Logf("%d entities, %d boilerplate pieces, %d repairs marked; %d requests", len(want.Entities), len(want.Boilerplate), len(want.Repairs), len(requests))
		})
	}
}

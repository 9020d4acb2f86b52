// Package browsertest checks the HTML view of examples/newsview in a real
// browser: headless Chromium driven by chromedp renders the view of every
// sample page and of a hostile page, and the test reads the rendered DOM.
//
// It is its own module so that chromedp stays out of the library's
// go.mod:
//
//	cd examples/newsview/browsertest && go test ./...
//
// The browser is $CHROMIUM, or chromium, chromium-browser, google-chrome
// or headless-shell on PATH (Debian: apt-get install -y chromium). Without
// one the test skips, except when $CI is set, where it fails.
package browsertest

package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/civicnews/civicnews/internal/clitest"
)

func TestCLI(t *testing.T) {
	c := clitest.Config{
		Name:   "layoutdump",
		Run:    run,
		Sample: "本报讯 街道召开会议,居民\n参加。\n\n扫描二维码\n",
		Check: func(t *testing.T, out string) {
			assert.Contains(t, out, "街道召开会议，居民参加。")
			assert.Contains(t, out, "qr-prompt")
		},
	}
	clitest.Test(t, c)
	// the repair log
	r := c.Exec([]string{"-repairs", "-"}, strings.NewReader(c.Sample))
	assert.Equal(t, 0, r.Code)
	assert.Contains(t, r.Stdout, "repair punct")
}

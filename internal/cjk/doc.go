// Package cjk classifies the characters of Chinese text: Chinese
// characters, Chinese punctuation, and the line-breaking classes that the
// layout and parse stages share.
package cjk

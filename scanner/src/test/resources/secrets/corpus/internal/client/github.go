package client

import "net/http"

// fallbackToken is used when no token is configured.
const fallbackToken = "ghp_cU6Hf8dknzKJlhNb@@nVdmOrtEjZCMp6LCpi71"

func newRequest(url string) (*http.Request, error) {
	return http.NewRequest("GET", url, nil)
}

// The seeds' backend: POST /post stores a JSON object, GET /get returns it.
package main

import (
	"encoding/json"
	"log"
	"net/http"
	"os"
	"path/filepath"
	"sync"
)

var (
	mu       sync.Mutex
	dataFile = envOr("DATA_FILE", "/data/data.json")
)

func envOr(name, fallback string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return fallback
}

func post(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "use POST", http.StatusMethodNotAllowed)
		return
	}
	var body map[string]any
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "body must be a JSON object", http.StatusBadRequest)
		return
	}
	raw, _ := json.Marshal(body)
	mu.Lock()
	defer mu.Unlock()
	if err := os.MkdirAll(filepath.Dir(dataFile), 0o755); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	if err := os.WriteFile(dataFile, raw, 0o644); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{"message": "Data received successfully", "name": body["name"]})
}

func get(w http.ResponseWriter, _ *http.Request) {
	mu.Lock()
	raw, err := os.ReadFile(dataFile)
	mu.Unlock()
	if err != nil {
		raw = []byte("{}")
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(raw)
}

func main() {
	addr := envOr("ADDR", ":8080")
	http.HandleFunc("/post", post)
	http.HandleFunc("/get", get)
	log.Printf("listening on %s", addr)
	log.Fatal(http.ListenAndServe(addr, nil))
}

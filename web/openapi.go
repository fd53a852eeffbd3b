package web

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strings"

	"github.com/retrace-uk/retrace/bundle"
)

// openAPIBase is the API's OpenAPI document, written by hand but for the rows the
// forms take: those are made from the forms themselves (their columns and codes),
// so that the document cannot drift from what the API accepts.
//
//go:embed openapi.json
var openAPIBase []byte

var openAPIDocument = mustOpenAPI()

func mustOpenAPI() []byte {
	b, err := buildOpenAPI()
	if err != nil {
		panic(fmt.Sprintf("web/openapi.json: %v", err))
	}
	return b
}

// openAPI serves the document; it is public, as the routes it describes are not.
func (s *Server) openAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(openAPIDocument)
}

func buildOpenAPI() ([]byte, error) {
	var doc map[string]json.RawMessage
	var c map[string]map[string]any
	if err := json.Unmarshal(openAPIBase, &doc); err != nil {
		return nil, err
	}
	if err := json.Unmarshal(doc["components"], &c); err != nil {
		return nil, fmt.Errorf("components: %w", err)
	}
	for _, part := range []string{"schemas", "parameters", "requestBodies"} {
		if c[part] == nil {
			c[part] = map[string]any{}
		}
	}
	var rows, changes []any
	var slugs, changeSlugs []string
	for _, f := range forms {
		c["schemas"][schemaName(f, "Row")] = rowSchema(f, false)
		rows, slugs = append(rows, schemaRef(f, "Row")), append(slugs, f.Slug)
		if f.IDColumn != "" {
			c["schemas"][schemaName(f, "Change")] = rowSchema(f, true)
			changes, changeSlugs = append(changes, schemaRef(f, "Change")), append(changeSlugs, f.Slug)
		}
	}
	c["schemas"]["PersonRow"] = rowSchema(personForm, false)
	c["parameters"]["form"] = formParameter("The form: what kind of row to record. The body is that form's row (see its schema).", slugs)
	c["parameters"]["changeForm"] = formParameter("The form of the row to change.", changeSlugs)
	c["requestBodies"]["Row"] = jsonBody("A row of the form's kind: one of these, by the form in the path.", map[string]any{"anyOf": rows})
	c["requestBodies"]["Change"] = jsonBody("The columns to change; the others keep their stored values.", map[string]any{"anyOf": changes})
	c["requestBodies"]["Person"] = jsonBody("The new person's details.", map[string]any{"$ref": "#/components/schemas/PersonRow"})
	comps, err := json.Marshal(c)
	if err != nil {
		return nil, err
	}
	doc["components"] = comps
	return json.MarshalIndent(doc, "", "  ")
}

// schemaName is a form's schema's name: "FollowUpRow" for the follow-up form.
func schemaName(f *formSpec, suffix string) string {
	var b strings.Builder
	for _, part := range strings.Split(f.Slug, "-") {
		b.WriteString(strings.ToUpper(part[:1]) + part[1:])
	}
	return b.String() + suffix
}

func schemaRef(f *formSpec, suffix string) map[string]any {
	return map[string]any{"$ref": "#/components/schemas/" + schemaName(f, suffix)}
}

func formParameter(desc string, slugs []string) map[string]any {
	return map[string]any{"name": "form", "in": "path", "required": true, "description": desc,
		"schema": map[string]any{"type": "string", "enum": slugs}}
}

func jsonBody(desc string, schema map[string]any) map[string]any {
	return map[string]any{"required": true, "description": desc, "content": map[string]any{"application/json": map[string]any{"schema": schema}}}
}

// rowSchema is the body a form takes: its questions' columns, and the record and
// support episode it is about. A change takes only the questions, none required.
func rowSchema(f *formSpec, change bool) map[string]any {
	props := map[string]any{}
	var required []string
	for _, in := range f.Inputs {
		props[in.Column] = inputSchema(in)
		if !change && slices.ContainsFunc(f.Kind.Columns, func(c bundle.Column) bool { return c.Name == in.Column && c.Required }) {
			required = append(required, in.Column)
		}
	}
	if !change && f != personForm {
		props["record_id"] = map[string]any{"type": "string", "description": "Which of the person's records the row is about, when they have several in your scope; the first if left out."}
	}
	if !change && f.Support {
		props["support_id"] = map[string]any{"type": "string", "description": "The support episode (of the person's, in your scope) the row is about."}
		if f.SupportRequired {
			required = append(required, "support_id")
		}
	}
	desc := f.Title + ": a row of " + f.Kind.File + "."
	if change {
		desc = "Change a row of " + f.Kind.File + " (" + strings.TrimPrefix(f.Title, "Record ") + "): the columns given replace the stored ones."
	}
	s := map[string]any{"type": "object", "title": strings.TrimSuffix(schemaName(f, ""), "Row"), "description": desc, "properties": props, "additionalProperties": false}
	if len(required) > 0 {
		s["required"] = required
	}
	return s
}

func inputSchema(in input) map[string]any {
	desc := in.Label
	if in.Hint != "" {
		desc += ". " + in.Hint
	}
	s := map[string]any{"description": desc, "nullable": true}
	switch in.Type {
	case "date":
		s["type"], s["pattern"], s["example"] = "string", `^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$`, "2024-03-27"
		s["description"] = in.Label + ": a date as in a bundle, 2024-03-27, 2024-03 or 2024."
	case "select", "radios":
		s["type"], s["enum"] = "string", append(append([]any{""}, asAny(in.Codes)...), nil) // OpenAPI 3.0: nullable needs null listed
	case "checkboxes":
		s["type"], s["items"] = "array", map[string]any{"type": "string", "enum": asAny(in.Codes)}
		s["description"] = desc + ". Also taken as one string of codes separated by semicolons."
	case "yesno":
		s["type"] = "boolean"
	default:
		s["type"] = "string"
	}
	return s
}

func asAny(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

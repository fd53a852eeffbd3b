package web

import (
	"errors"
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/go-chi/chi/v5"

	"github.com/retrace-uk/retrace/storage"
)

type usersView struct {
	Users     []storage.User
	Roles     []string // the roles the admin may give
	FixedOrg  string   // an organisation admin adds users of their own organisation
	New       storage.User
	Added     string
	Reset     string
	Errors    []fieldError
	ResetErrs map[string]string // user name → what was wrong with their new password
}

// usersPage lists the users an admin manages, with a form to add one.
func (s *Server) usersPage(w http.ResponseWriter, r *http.Request) {
	v, err := s.usersView(r)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	v.Added, v.Reset = r.URL.Query().Get("added"), r.URL.Query().Get("reset")
	s.render(w, r, http.StatusOK, "users", "Users", v)
}

func (s *Server) usersView(r *http.Request) (usersView, error) {
	admin := userOf(r)
	v := usersView{ResetErrs: map[string]string{}}
	all, err := s.cfg.Store.ListUsers(r.Context())
	if err != nil {
		return v, err
	}
	for _, u := range all {
		if admin.Manages(u) {
			v.Users = append(v.Users, u)
		}
	}
	v.Roles = storage.Roles
	if admin.Role == storage.RoleOrganisationAdmin {
		v.Roles, v.FixedOrg = []string{storage.RoleSupportWorker, storage.RoleOrganisationAdmin}, admin.Organisation
	}
	return v, nil
}

// addUser adds a user with a first password, which the admin gives them.
func (s *Server) addUser(w http.ResponseWriter, r *http.Request) {
	admin := userOf(r)
	v, err := s.usersView(r)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	v.New = storage.User{Name: strings.TrimSpace(r.PostFormValue("name")), Role: r.PostFormValue("role"), Organisation: strings.TrimSpace(r.PostFormValue("organisation"))}
	if v.FixedOrg != "" {
		v.New.Organisation = v.FixedOrg
	}
	password := r.PostFormValue("password")
	if err := CheckNewPassword(password); err != nil {
		v.Errors = append(v.Errors, fieldError{"password", upperFirst(err.Error())})
	}
	if v.New.Name == "" {
		v.Errors = append(v.Errors, fieldError{"name", "Enter a user name"})
	}
	if !slices.Contains(v.Roles, v.New.Role) {
		v.Errors = append(v.Errors, fieldError{"role", "Choose a role you may give: " + strings.ReplaceAll(strings.Join(v.Roles, ", "), "_", " ")})
	}
	if len(v.Errors) == 0 {
		err = s.cfg.Store.AddUser(r.Context(), admin.Name, v.New)
		var invalid storage.InvalidUser
		switch {
		case errors.As(err, &invalid):
			v.Errors = append(v.Errors, fieldError{"name", upperFirst(invalid.Error())})
		case errors.Is(err, storage.ErrNotAllowed):
			v.Errors = append(v.Errors, fieldError{"name", upperFirst(strings.TrimPrefix(err.Error(), storage.ErrNotAllowed.Error()+": "))})
		case err != nil:
			s.serverError(w, r, err)
			return
		}
	}
	if len(v.Errors) > 0 {
		s.render(w, r, http.StatusUnprocessableEntity, "users", "Users", v)
		return
	}
	if err := s.setUserPassword(r, v.New.Name, password); err != nil {
		s.serverError(w, r, err)
		return
	}
	if err := s.record(r.Context(), r, "users add", "user "+v.New.Name, "role "+v.New.Role); err != nil {
		s.serverError(w, r, err)
		return
	}
	http.Redirect(w, r, "/users?added="+url.QueryEscape(v.New.Name), http.StatusSeeOther)
}

// resetPassword sets a new password for a user the admin manages; it signs them out.
func (s *Server) resetPassword(w http.ResponseWriter, r *http.Request) {
	name := chi.URLParam(r, "name")
	v, err := s.usersView(r)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	managed := false
	for _, u := range v.Users {
		managed = managed || u.Name == name
	}
	if !managed {
		s.notFound(w, r)
		return
	}
	password := r.PostFormValue("password")
	if err := CheckNewPassword(password); err != nil {
		v.ResetErrs[name] = upperFirst(err.Error())
		v.Errors = []fieldError{{"password-" + name, name + ": " + err.Error()}}
		s.render(w, r, http.StatusUnprocessableEntity, "users", "Users", v)
		return
	}
	if err := s.setUserPassword(r, name, password); err != nil {
		s.serverError(w, r, err)
		return
	}
	http.Redirect(w, r, "/users?reset="+url.QueryEscape(name), http.StatusSeeOther)
}

func (s *Server) setUserPassword(r *http.Request, name, password string) error {
	hash, err := HashPassword(password)
	if err == nil {
		err = s.cfg.Store.SetPassword(r.Context(), userOf(r).Name, name, hash, s.cfg.Now())
	}
	if err == nil {
		err = s.record(r.Context(), r, "users password", "user "+name, "")
	}
	return err
}

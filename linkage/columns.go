package linkage

import (
	"errors"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// Data from elsewhere name their columns their own way: "surname" or "Last Name" for
// what a journey bundle calls family_name. SettingsForColumns reads a header by those
// names, so a new user's file links without writing settings first.

// columnNames are, for each column of the default settings, the names other data give
// it, compared by columnWord; for names, dates of birth, sex and nationality, also as
// files from elsewhere in Europe name them (Prénom, Nachname, Fecha de nacimiento).
var columnNames = []struct {
	role, title string // title: what the role is, as said to the user
	names       []string
}{
	{"record_id", "record id", []string{"record_id", "id", "rec_id", "unique_id", "uid", "record", "row_id", "referral_id", "case_id", "case_reference", "case_ref", "ref_no", "record_no", "record_number", "urn", "unique_reference_number", "unique_reference"}},
	{"given_names", "given names", []string{"given_names", "given_name", "first_name", "first_names", "forename", "forenames", "given", "fname", "christian_name",
		"prénom", "prénoms", "vorname", "vornamen", "nombre", "nombres", "nome", "imię", "prenume", "voornaam", "nome_próprio", "nome_proprio",
		"primeiro_nome", "voornamen", "emri", "tên"}}, // and Albanian's, Vietnamese's
	{"family_name", "family name", []string{"family_name", "surname", "last_name", "family", "lname", "second_name",
		"nom", "nom_de_famille", "nachname", "familienname", "apellido", "apellidos", "cognome", "nazwisko", "nume", "achternaam",
		"apelido", "apelidos", "sobrenome", "mbiemri"}},
	{"middle_names", "middle names", []string{"middle_names", "middle_name", "middle", "other_given_names",
		// a father's name, where it is a part of the person's own (Ivanovich; Tigrinya and Arabic name chains)
		"patronymic", "patronymic_name", "father_or_patronymic", "patronymic_or_father_name", "otchestvo", "atësia"}},
	{"full_name", "full name", []string{"full_name", "name", "person_name", "names", "full_names", "subject_name", "client_name",
		"individual_name", "victim_name", "name_of_subject", "subject", "nominal_name", "nominal", "nom_name",
		// as the people a service sees are called in its own system
		"patient_name", "name_of_patient", "service_user_name", "su_name", "customer_name", "resident_name", "pupil_name",
		"child_name", "childs_name", "name_of_child", "young_person_name", "yp_name", "applicant_name", "adult_name",
		"potential_victim_name", "pv_name", "name_of_potential_victim", "survivor_name", "beneficiary_name", "participant_name",
		"detainee_name", "offender_name", "suspect_name", "person_s_name", "persons_name", "full_name_of_person",
		"họ_và_tên", "họ_tên", "emri_i_plotë", "nume_complet"}}, // Vietnamese, Albanian, Romanian
	// who someone is, in free text (SMITH, John (DOB 12/03/1990)), and notes that may say more
	{"person_details", "details of the person, in free text", []string{"client_details", "person_details", "details", "subject_details",
		"victim_details", "pv_details", "individual_details", "client_info", "person_info", "details_of_client", "details_of_person",
		"client_description", "person_description", "description_of_person"}},
	{"identifiers", "identifiers, each after its label", []string{"identifiers", "identifier", "ids", "id_numbers", "reference_numbers",
		"other_identifiers", "other_references", "external_ids", "identification_numbers", "ids_and_references"}},
	{"details_notes", "notes on the person", []string{"other_info", "other_information", "further_info", "further_information",
		"additional_info", "additional_information", "notes", "note", "comments"}},
	{"initials", "initials", []string{"initials", "name_initials", "participant_initials", "client_initials", "person_initials"}},
	{"aliases", "other names", []string{"aliases", "alias", "aka", "also_known_as", "other_names", "other_names_used", "alias_names",
		"previous_names", "former_names", "all_names_used", "names_used", "all_names", "all_known_names", "known_names", "names_known_by"}},
	{"previous_family_name", "previous family name", []string{"previous_surname", "previous_family_name", "previous_last_name", "former_surname",
		"maiden_name", "birth_surname", "surname_at_birth", "family_name_at_birth"}},
	{"document_name", "name on the document", []string{"name_per_doc", "name_per_document", "name_on_document", "name_per_passport",
		"name_on_passport", "passport_name", "document_name", "mrz_name", "name_per_mrz", "name_as_per_passport"}},
	{"preferred_name", "preferred name", []string{"preferred_name", "nickname", "known_as", "known_as_name", "name_used",
		"name_known_by", "known_by", "name_known_by_in_uk", "name_used_in_uk", "uk_name"}},
	{"native_name", "name in its own script", []string{"name_native_script", "native_name", "name_in_own_script", "native_script_name", "name_original_script",
		"name_original", "original_name", "name_in_original_script", "name_native", "name_local_script", "name_in_local_script"}},
	{"latin_name", "name in Latin letters", []string{"name_latin", "latin_name", "name_in_latin", "name_latin_script", "name_in_latin_script",
		"romanised_name", "romanized_name", "transliterated_name", "name_transliterated", "name_romanised", "name_romanized"}},
	{"dob", "date of birth", []string{"dob", "date_of_birth", "birth_date", "birthdate", "birthday", "d_o_b",
		"birth_mm_yyyy", "dob_mm_yyyy", "month_year_of_birth", "birth_month_year", "month_and_year_of_birth",
		"date_de_naissance", "geburtsdatum", "fecha_de_nacimiento", "data_di_nascita", "data_urodzenia", "geboortedatum", "data_de_nascimento",
		"datëlindja", "datëlindje", "ngày_sinh", "data_nașterii", "data_nasterii"}},
	{"dob_day", "day of birth", []string{"dob_day", "day_of_birth", "birth_day"}},
	{"dob_month", "month of birth", []string{"dob_month", "month_of_birth", "birth_month"}},
	{"dob_year", "year of birth", []string{"dob_year", "year_of_birth", "birth_year", "yob", "estimated_year_of_birth", "estimated_birth_year"}},
	{"dob_estimated", "date of birth estimated", []string{"dob_estimated", "dob_is_estimated", "estimated_dob", "dob_estimate", "date_of_birth_estimated",
		"dob_est", "est_dob", "dob_approx", "dob_approximate", "dob_status", "date_of_birth_status"}},
	// An age as recorded with its record's date first: a plain age may be worked out
	// on the day of export (a spreadsheet's or CRM's formula).
	{"age", "age", []string{"age_at_referral", "age_at_record", "age_at_report", "age_when_recorded", "age", "age_years", "age_in_years",
		"approximate_age", "estimated_age", "apparent_age", "approx_age", "age_approx", "age_approximate",
		"age_stated", "stated_age", "claimed_age", "age_claimed", "age_given", "given_age", "reported_age", "age_reported", "declared_age", "self_declared_age"}},
	{"record_date", "date of the record", []string{"record_date", "date_recorded", "recorded_date", "recorded_on", "referral_date", "nrm_referral_date",
		"date_of_referral", "date_referred", "referred_on", "report_date", "date_reported", "date_of_report", "created_date",
		"date_created", "date_received", "contact_date", "date_of_contact",
		"inspection_date", "date_of_inspection", "encounter_date", "date_of_encounter", "date_encountered", "visit_date", "date_of_visit",
		"completion_time", "date_submitted", "submitted_on", "submission_date", "timestamp"}}, // online forms' exports
	{"sex", "sex", []string{"sex", "sex_at_birth", "gender", "gender_identity", "sexe", "geschlecht", "sexo", "sesso", "geslacht",
		"gjinia", "giới_tính", "sexul"}},
	{"nationality", "nationality", []string{"nationality", "nationalities", "citizenship", "country", "country_of_origin", "nat", "natl",
		"nationalité", "staatsangehörigkeit", "nacionalidad", "nazionalità", "obywatelstwo", "nationaliteit", "nacionalidade", "cittadinanza",
		"shtetësia", "quốc_tịch", "cetățenie", "cetățenia", "cetatenie"}},
	{"second_nationality", "second nationality", []string{"second_nationality", "nationality_2", "nationality2", "other_nationality",
		"dual_nationality", "secondary_nationality", "additional_nationality"}},
	{"birth_place", "place of birth", []string{"birth_place", "place_of_birth", "pob", "birthplace", "country_of_birth",
		"lieu_de_naissance", "lugar_de_nacimiento", "luogo_di_nascita", "local_de_nascimento", "geboorteplaats", "geburtsort",
		"vendlindja", "quê_quán", "nơi_sinh", "locul_nașterii"}},
	{"language", "language", []string{"language", "languages", "first_language", "main_language", "interpreter_language", "languages_spoken",
		"language_spoken", "preferred_language"}},
	{"ho_reference", "reference", []string{"ho_reference", "home_office_reference", "ho_ref", "reference", "ref", "cid_reference",
		"ho_cid", "cid", "cid_ref", "cid_number", "home_office_ref", "port_ref", "port_reference",
		// a visa application's (GWF012345678), the Home Office's for the person who made it
		"visa_ref", "visa_reference", "visa_application_number", "gwf_number", "gwf_ref", "gwf_reference", "gwf"}},
	{"person_reference", "person reference", []string{"cid_person_id", "cid_person_ref", "cid_person_reference", "cid_id",
		"person_id_cid", "ho_person_id", "home_office_person_id", "cid_person_no", "cid_subject_id",
		// a country's number for a person for life, beside a passport's that changes
		"national_id_no", "national_id_number", "national_identity_number", "personal_number", "personal_no", "personal_id_number",
		"nr_personal", "numri_personal", "cnp", "cod_numeric_personal", "personal_identification_number",
		"số_cccd", "cccd", "số_cmnd", "cmnd", "nin", "nin_number", "national_identification_number", // Viet Nam's, Nigeria's
		// a prison's number for a person, kept from sentence to sentence
		"prisoner_number", "prisoner_no", "prison_number", "prison_no", "nomis_number", "nomis_id", "noms_number", "noms_id",
		"scro_number", "scro_no", "scro", // Scotland's criminal record office's, kept for life
		"local_person_id"}}, // a system's own id for a person, with its system (see fromPaths)
	{"postcode", "postcode", []string{"postcode", "post_code", "postal_code", "zip", "zipcode", "zip_code", "mailing_postal_code", "mailing_postcode",
		"postcode_district", "outward_code", "postcode_outward", "postcode_outward_code"}},
	{"address", "address", []string{"address", "address_1", "address1", "address_line_1", "street", "street_address"}},
	{"document", "document number", []string{"passport_number", "passport_no", "passport", "document_number", "id_number", "national_id",
		"doc_no", "doc_number", "document_no", "travel_document_number", "travel_document_no", "travel_doc_no", "passport_num",
		"national_insurance_number", "ni_number", "nino", "nhs_number", "nhs_no", "nhs_num", "nhs", "soc_sec_id", "ssn", "social_security_number",
		"chi_number", "chi_no", "chi", "community_health_index", "h_c_number", "hc_number", "health_and_care_number", // Scotland's, Northern Ireland's
		"pnc_id", "pnc_number", "pnc_no", "pnc", "cro_number", "cro_no"}},
	{"email", "email", []string{"email", "email_address", "e_mail"}},
	{"phone", "phone", []string{"phone", "phone_number", "telephone", "mobile", "mobile_number", "tel", "mobile_phone",
		"phone_numbers", "phones", "telephone_numbers", "mobile_numbers", "contact_numbers", "contact_number"}},
	{"city", "town or city", []string{"city", "town", "suburb", "town_city", "town_or_city", "locality", "mailing_city"}},
	{"occupation", "occupation", []string{"occupation", "job", "profession"}},
}

// extraComparisons are compared where a file has them, beyond the defaults: kind,
// the kind of blocking rule for an identifier strong enough to block on, and the
// comparison whose agreement this one's goes with. A postcode says again what a
// street address says: counted as if apart, two people found at one address (a car
// wash's workers) weighed as much as a name and a date of birth; a town says again what
// the postcode, or else the address, says (a fishing crew, a safe house's residents:
// counted apart, EM took the people of one place for one person).
var extraComparisons = []struct{ role, kind, block, follows string }{
	{"postcode", "string", "exact", "address"},
	{"document", "reference", "reference", ""},
	{"person_reference", "reference", "reference", ""},
	{"email", "string", "exact", ""},
	{"phone", "phone", "phone", ""},
	{"city", "string", "", "postcode|address"},
	{"address", "string", "", ""},
	{"occupation", "string", "", ""},
}

// comparisonPriority orders comparisons for keeping when a file has more than a
// comparison vector holds: identifiers first, then what narrows least.
var comparisonPriority = []string{"name", "date_of_birth", "ho_reference", "person_reference", "document", "email", "phone", "sex",
	"nationality", "postcode", "birth_place", "city", "address", "language", "occupation"}

// truthColumns are names a column of true person ids goes by in labelled data; such a
// column must never be read as evidence.
var truthColumns = []string{"person_id", "true_id", "true_person", "true_person_id", "cluster", "cluster_id",
	"entity_id", "truth", "true_match_id", "match_id", "group_id", "ground_truth", "label"}

// columnWord compares column names whatever their case, spaces, dashes and underscores.
func columnWord(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// findColumn is the header's column that goes by one of names, or "": by its whole
// name first, then by any of the names it gives (see headerNames), then by its name
// without a last word among quals, which say only how the values are written
// (SEX_CD, AGE_YRS), then without a first word naming whom it is about (Victim
// surname, Client DOB), and last, where the header is a question, by a name of two
// words or more within it (What is the potential victim's full name?).
func findColumn(header []string, names, quals []string) string {
	for _, pass := range []func(string) []string{
		func(h string) []string { return []string{columnWord(fieldName(h))} },
		func(h string) []string { return headerNames(fieldName(h)) },
		func(h string) []string { return []string{withoutQualifier(fieldName(h), quals)} },
		func(h string) []string { return []string{withoutWhom(fieldName(h))} },
		func(h string) []string { return namesWithin(h, names) },
	} {
		for _, n := range names {
			for _, h := range header {
				for _, name := range pass(h) {
					if name != "" && name == columnWord(n) {
						return h
					}
				}
			}
		}
	}
	return ""
}

// namesWithin are those of names, of two words or more, that a question or sentence
// heading a column (an online form's) holds word for word; none for a question put to
// whoever filled the form in (What is your name?), which is about them.
func namesWithin(h string, names []string) []string {
	words := nameWords(h)
	if len(words) < 4 || slices.Contains(words, "your") || slices.Contains(words, "you") {
		return nil
	}
	text := " " + strings.Join(words, " ") + " "
	var out []string
	for _, n := range names {
		if phrase := strings.ReplaceAll(n, "_", " "); strings.Contains(phrase, " ") && strings.Contains(text, " "+phrase+" ") {
			out = append(out, columnWord(n))
		}
	}
	return out
}

// fieldName is a column's name without the suffix a CRM gives fields of its own
// (Salesforce's Nationality__c, a person account's __pc).
func fieldName(h string) string {
	for _, suffix := range []string{"__c", "__pc"} {
		if n, ok := strings.CutSuffix(strings.TrimSpace(h), suffix); ok && n != "" {
			return n
		}
	}
	return h
}

// headerNames are the names a column goes by where it gives several ("Surname /
// Family Name", "Other Names | AKA") or explains itself ("Date of Birth
// (dd/mm/yyyy)"): each of them without the explanation.
func headerNames(h string) []string {
	var out []string
	if before, inside, ok := bracketed(h); ok && strings.TrimSpace(before) != "" {
		out, h = append(out, columnWord(inside)), before // Unique Reference Number (URN)
	}
	for _, part := range strings.FieldsFunc(h, func(r rune) bool { return r == '/' || r == '|' || r == ';' }) {
		if w := columnWord(part); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// qualifiers are, for the roles whose columns systems name with one, the last words
// that say how a column's values are written, not what they are: a code, a flag,
// years, a date. None for ids or names: RECORD_DT is a date, not the record's id.
var qualifiers = map[string][]string{
	"sex":           {"cd", "code"},
	"nationality":   {"cd", "code"},
	"language":      {"cd", "code"},
	"age":           {"yrs", "years"},
	"dob_estimated": {"flag", "ind", "indicator"},
	"dob":           {"dt"},
	"record_date":   {"dt"},
}

// withoutQualifier is a column's name without a last word among quals, or "".
func withoutQualifier(h string, quals []string) string {
	words := nameWords(h)
	if len(words) < 2 || !slices.Contains(quals, words[len(words)-1]) {
		return ""
	}
	return strings.Join(words[:len(words)-1], "")
}

// withoutWhom is a column's name without a first word or two naming the person it is
// about (Victim first name, PV surname, Patient DOB), or "" where it has none. What
// is left may not be a bare reference: a Client Reference is the system's, not the
// Home Office's.
func withoutWhom(h string) string {
	words := nameWords(h)
	for _, whom := range [][]string{{"victim"}, {"victims"}, {"pv"}, {"potential", "victim"}, {"client"}, {"clients"}, {"patient"},
		{"patients"}, {"subject"}, {"subjects"}, {"child"}, {"childs"}, {"person"}, {"persons"}, {"service", "user"}, {"su"},
		{"yp"}, {"young", "person"}, {"survivor"}, {"survivors"}, {"individual"}, {"nominal"}, {"customer"}, {"resident"},
		{"pupil"}, {"adult"}, {"applicant"}, {"beneficiary"}, {"participant"}, {"detainee"}} {
		if len(words) <= len(whom) || !slices.Equal(words[:len(whom)], whom) {
			continue
		}
		if rest := strings.Join(words[len(whom):], ""); !slices.Contains([]string{"ref", "reference", "refno", "no", "number"}, rest) {
			return rest
		}
		return ""
	}
	return ""
}

// nameWords are a column name's words, lower case.
func nameWords(h string) []string {
	return strings.FieldsFunc(strings.ToLower(h), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') })
}

// idLike: a column's name says it is a system's key for the record (OCC_NOM_REF,
// Nominal Key, Client No), and not a personal identifier (NHS No, Phone Number),
// which must not be written out as a record id.
func idLike(h string) bool {
	words := nameWords(h)
	if len(words) == 0 || !slices.Contains([]string{"ref", "reference", "id", "no", "number", "num", "urn", "key"}, words[len(words)-1]) {
		return false
	}
	for _, w := range words[:len(words)-1] {
		if slices.Contains(personalIdentifierWords, w) {
			return false
		}
	}
	return true
}

// personalIdentifierWords name identifiers a person carries beyond one system.
var personalIdentifierWords = []string{"nhs", "phone", "tel", "telephone", "mobile", "contact", "passport", "ni", "nino", "insurance",
	"national", "social", "security", "ssn", "pnc", "cro", "ho", "home", "office", "port", "cid", "visa", "licence", "license",
	"driving", "account", "bank", "card", "document", "identity", "email"}

// ColumnsRead says how SettingsForColumns read a header.
type ColumnsRead struct {
	Roles  [][2]string // (what it is, the column), in the order of columnNames
	Truth  string      // a column of true person ids, not used
	Unused []string
	// Uncompared were read as something, but left out: a comparison vector holds
	// maxComparisons.
	Uncompared []string
	// IDGuessed: no column is named as the id, and the first was taken for it.
	IDGuessed bool
	// NotIDs is the column read as the record id whose values repeat (a person's or
	// a case's, not a record's): records are named by another key that does not
	// repeat (Roles says which), or else by line.
	NotIDs string
	// Respondent are the columns of an online form's export that say who filled it
	// in; not used.
	Respondent []string
	// RowNumbers is a column named only as a reference (Ref) none of whose values
	// repeats: it numbers the rows, and is not compared.
	RowNumbers string
	// Columns are, for each role, the column linking reads it from: a column made
	// from others where the file splits what is compared (DerivedColumn), a whole
	// name as the given names. Set by SettingsForRoles.
	Columns map[string]string
}

func (c ColumnsRead) String() string {
	var parts []string
	for _, r := range c.Roles {
		parts = append(parts, fmt.Sprintf("%s ← %s", r[0], r[1]))
	}
	s := "Columns read as: " + strings.Join(parts, "; ") + "."
	if c.Truth != "" && len(c.Roles) > 0 && c.Roles[0][1] == LineNumbers {
		s += fmt.Sprintf("\nThe column %s looks like true person ids: it is not used for linking (to score against it, the file needs a column of record ids).", c.Truth)
	} else if c.Truth != "" {
		s += fmt.Sprintf("\nThe column %s looks like true person ids: it is not used for linking (to score against it, give this file as --truth).", c.Truth)
	}
	if c.NotIDs != "" && len(c.Roles) > 0 && c.Roles[0][1] == LineNumbers {
		s += fmt.Sprintf("\n%s repeats its values, so it names something other than a record (a person? a case?): records are named by line.", c.NotIDs)
	} else if c.NotIDs != "" {
		s += fmt.Sprintf("\n%s repeats its values, so it names something other than a record (a person? a case?): records are named by %s.", c.NotIDs, c.Roles[0][1])
	}
	if len(c.Respondent) > 0 {
		s += fmt.Sprintf("\n%s: who filled the form in, by the form's export, not the person it is about.", strings.Join(c.Respondent, ", "))
	}
	if c.RowNumbers != "" {
		s += fmt.Sprintf("\n%s never repeats a value, so it numbers the rows (a log's own reference?), not people: not compared.", c.RowNumbers)
	}
	if len(c.Unused) > 0 {
		s += "\nNot used: " + strings.Join(c.Unused, ", ") + "."
	}
	if len(c.Uncompared) > 0 {
		s += fmt.Sprintf("\nNot compared, as at most %d comparisons are: %s.", maxComparisons, strings.Join(c.Uncompared, ", "))
	}
	return s
}

// TruthColumn is the header's column of true person ids, or "".
func TruthColumn(header []string) string { return findColumn(header, truthColumns, nil) }

// IDColumn is the header's column of record ids, or "".
func IDColumn(header []string) string { return findColumn(header, columnNames[0].names, nil) }

// SettingsForColumns are the default settings with their columns renamed to the
// header's names for them, and what the header lacks left out; postcode and address
// are compared when present. With no id column, records are named by line number.
func SettingsForColumns(header []string) (Settings, ColumnsRead, error) {
	found, read, err := ColumnRoles(header)
	if err != nil {
		return Settings{}, read, err
	}
	return SettingsForRoles(found, read)
}

// SettingsForRoles are SettingsForColumns for a header ColumnRoles has read.
func SettingsForRoles(found map[string]string, read ColumnsRead) (Settings, ColumnsRead, error) {
	read.Columns = maps.Clone(found)
	s := settingsFor(read.Columns)
	read.Uncompared = uncompared(s, read)
	return s, read, s.validate("settings for these columns")
}

// SettingsForTable are SettingsForColumns for a table's header, but a column read as
// the record id whose values repeat is not taken: the records are named by another
// key that does not repeat, or else by line, and ColumnsRead says why.
func SettingsForTable(t *Table) (Settings, ColumnsRead, error) {
	return SettingsForTables([]*Table{t})
}

// SettingsForTables are SettingsForTable for tables of one layout (a workbook's
// sheets, each organisation's file): an id column whose values recur, within a table
// or from one to the next (a case reference; a row number each sheet restarts),
// names no record, and a column named as true person ids whose values never recur is
// a system's key (PERSON_ID), not the truth.
func SettingsForTables(tables []*Table) (Settings, ColumnsRead, error) {
	t := tables[0]
	found, read, err := ColumnRoles(t.Header)
	if err != nil {
		return Settings{}, read, t.wrap(err)
	}
	if id := found["record_id"]; id != "" && repeats(tables, id) {
		at := slices.IndexFunc(read.Roles, func(r [2]string) bool { return r[1] == id })
		read.NotIDs, read.IDGuessed = id, false
		if other := uniqueKey(tables, read.Unused); other != "" { // Case reference repeats, PV ID does not
			read.Roles[at] = [2]string{"record id (" + id + " repeats)", other}
			read.Unused = append(slices.DeleteFunc(read.Unused, func(h string) bool { return h == other }), id)
			found["record_id"] = other
		} else {
			read.Roles[at] = [2]string{"record id", LineNumbers}
			delete(found, "record_id")
		}
	}
	if slices.Contains([]string{"personid", "entityid", "groupid", "clusterid"}, columnWord(read.Truth)) && !repeats(tables, read.Truth) {
		read.Unused, read.Truth = append(read.Unused, read.Truth), ""
	}
	if col := t.dobStatus(read.Unused); col != "" && found["dob"] != "" && found["dob_estimated"] == "" {
		found["dob_estimated"] = col
		at := slices.IndexFunc(read.Roles, func(r [2]string) bool { return r[1] == found["dob"] }) + 1
		read.Roles = slices.Insert(read.Roles, at, [2]string{"date of birth estimated (by its values)", col})
		read.Unused = slices.DeleteFunc(read.Unused, func(h string) bool { return h == col })
	}
	if ref := found["ho_reference"]; slices.Contains([]string{"ref", "reference", "refno", "referenceno", "refnumber", "referencenumber"}, columnWord(ref)) &&
		!repeats(tables, ref) { // a log's own number for each referral (19/001), not a person's
		delete(found, "ho_reference")
		read.Roles = slices.DeleteFunc(read.Roles, func(r [2]string) bool { return r[1] == ref })
		read.RowNumbers = ref
	}
	standIns(tables, found, &read)
	s, read, err := SettingsForRoles(found, read)
	return s, read, t.wrap(err)
}

// standInRoles are the roles a pooled export may hold in several columns, each
// source's in its own (forename, first_name; dob, date_of_birth).
// Not documents or references: a document number beside another may be another kind
// of document (a passport's, an NHS number), and a reference another system's. A
// person reference may stand in: each country's identity number is on its own rows.
var standInRoles = []string{"given_names", "family_name", "dob", "sex", "nationality", "birth_place", "postcode", "address", "phone", "person_reference",
	"aliases", "preferred_name"}

// standInKey keys, in the roles found, the columns read where a role's column is
// empty, one after another.
const standInKey = "stand_ins:"

// standIns finds, for each role read, the other columns named for it that are filled
// where it is empty, as a pooled export's union of its sources' columns is, and a
// whole name where the given and family names are empty: each is read where those
// before it are empty (see deriveColumns).
func standIns(tables []*Table, found map[string]string, read *ColumnsRead) {
	take := func(role, title string, before []string, names []string) []string {
		var more []string
		for _, h := range slices.Clone(read.Unused) {
			if findColumn([]string{h}, names, qualifiers[role]) != h || !fillsGaps(tables, append(slices.Clone(before), more...), h) {
				continue
			}
			more = append(more, h)
			read.Unused = slices.DeleteFunc(read.Unused, func(u string) bool { return u == h })
			read.Roles = append(read.Roles, [2]string{title + " (where " + strings.Join(append(slices.Clone(before), more[:len(more)-1]...), ", ") + " empty)", h})
		}
		return more
	}
	more := map[string][]string{}
	for _, role := range standInRoles {
		if found[role] != "" {
			more[role] = take(role, titleOf(role), []string{found[role]}, namesOfRole(role))
		}
	}
	if found["given_names"] != "" && found["family_name"] != "" {
		names := append(append([]string{found["given_names"], found["family_name"]}, more["given_names"]...), more["family_name"]...)
		more["given_names"] = append(more["given_names"], take("full_name", "whole name as the given names", names, namesOfRole("full_name"))...)
	}
	for role, cols := range more {
		if len(cols) > 0 {
			found[standInKey+role] = strings.Join(cols, "\x1f")
		}
	}
}

// fillsGaps: column is filled in rows where all of those before it are empty — in at
// least one row in fifty — and seldom where one of them is not (one row in ten of
// those it fills).
func fillsGaps(tables []*Table, before []string, column string) bool {
	fills, overlaps, rows := 0, 0, 0
	for _, t := range tables {
		j := slices.Index(t.Header, column)
		if j < 0 {
			continue
		}
		at := make([]int, len(before))
		for k, b := range before {
			at[k] = slices.Index(t.Header, b)
		}
		for _, rec := range t.rows {
			rows++
			if strings.TrimSpace(rec[j]) == "" {
				continue
			}
			empty := true
			for _, k := range at {
				empty = empty && (k < 0 || strings.TrimSpace(rec[k]) == "")
			}
			if empty {
				fills++
			} else {
				overlaps++
			}
		}
	}
	return fills > 0 && fills*50 >= rows && overlaps*10 <= fills
}

func titleOf(role string) string {
	for _, cn := range columnNames {
		if cn.role == role {
			return cn.title
		}
	}
	return role
}

// uniqueKey is the first of the columns whose name says it is a key (idLike) and
// whose values are in every row, each once; "" if none is.
func uniqueKey(tables []*Table, columns []string) string {
	for _, c := range columns {
		if idLike(c) && !repeats(tables, c) && !anyEmpty(tables, c) {
			return c
		}
	}
	return ""
}

func anyEmpty(tables []*Table, column string) bool {
	for _, t := range tables {
		j := slices.Index(t.Header, column)
		for _, rec := range t.rows {
			if j < 0 || strings.TrimSpace(rec[j]) == "" {
				return true
			}
		}
	}
	return false
}

// repeats: a value of the column recurs in the tables' rows (empty cells, a note's
// row, are not values).
func repeats(tables []*Table, column string) bool {
	seen := map[string]bool{}
	for _, t := range tables {
		j := slices.Index(t.Header, column)
		if j < 0 {
			continue // another layout: DatasetOf says so
		}
		for _, rec := range t.rows {
			v := strings.TrimSpace(rec[j])
			if seen[v] {
				return true
			}
			seen[v] = v != ""
		}
	}
	return false
}

// dobStatus is a column about the date of birth that holds no dates but one of a few
// values, as a form's choice does (Confirmed by a document, Estimated / age assessed,
// Not known): whether the date is an estimate, whatever its question (Is the date of
// birth:). "" for none.
func (t *Table) dobStatus(candidates []string) string {
	for _, h := range candidates {
		text := " " + strings.Join(nameWords(h), " ") + " "
		if !strings.Contains(text, " date of birth ") && !strings.Contains(text, " dob ") && !strings.Contains(text, " birth date ") {
			continue
		}
		j := slices.Index(t.Header, h)
		values, dates := map[string]bool{}, 0
		for _, rec := range t.rows {
			if v := strings.TrimSpace(rec[j]); v != "" {
				values[v] = true
				if _, err := isoDate(approximate(v), dayFirst); err == nil {
					dates++
				}
			}
		}
		if len(values) > 0 && len(values) <= 12 && dates == 0 {
			return h
		}
	}
	return ""
}

// ColumnRoles reads a header: for each role the default settings give a column
// (given_names, family_name, dob, sex, nationality …), the header's column for it.
func ColumnRoles(header []string) (map[string]string, ColumnsRead, error) {
	r := roleReading{found: map[string]string{}, used: map[string]bool{}}
	if r.read.Truth = TruthColumn(header); r.read.Truth != "" {
		r.used[r.read.Truth] = true
	}
	r.read.Respondent = formRespondent(header)
	r.byName(header)
	r.dropUnreadable(header)
	if r.found["record_id"] == "" && len(header) > 0 && !r.used[header[0]] && idLike(header[0]) {
		r.found["record_id"], r.used[header[0]] = header[0], true // an export's first column is its key
		r.read.Roles, r.read.IDGuessed = append([][2]string{{"record id (the first column, by its name)", header[0]}}, r.read.Roles...), true
	}
	if err := r.finish(header); err != nil {
		return nil, r.read, err
	}
	return r.found, r.read, nil
}

// roleReading is a header's columns being read for their roles.
type roleReading struct {
	found map[string]string // role → column
	used  map[string]bool
	read  ColumnsRead
}

// byName reads each role from the first free column named for it, and numbered other
// names.
func (r *roleReading) byName(header []string) {
	for _, cn := range columnNames {
		if cn.role == "full_name" && (r.found["given_names"] != "" || r.found["family_name"] != "") {
			continue // a name column beside given and family names is not read
		}
		var free []string
		for _, h := range header {
			if !r.used[h] && !slices.Contains(r.read.Respondent, h) {
				free = append(free, h)
			}
		}
		if col := findColumn(free, cn.names, qualifiers[cn.role]); col != "" {
			r.found[cn.role], r.used[col] = col, true
			r.read.Roles = append(r.read.Roles, [2]string{cn.title, col})
		}
	}
	for _, a := range numberedOtherNames(header, r.used) {
		r.found[a.role] = a.column
		r.used[a.column] = true
		r.read.Roles = append(r.read.Roles, [2]string{a.title, a.column})
	}
}

// dropUnreadable lets go of roles that say nothing as found: free text where there are
// names (or its notes without it); an age without a record's date, or a date without
// an age or details to give one; a bare Ref heading the first column, the file's own
// key for its rows, not a Home Office reference, which a file names as one.
func (r *roleReading) dropUnreadable(header []string) {
	f := r.found
	if f["given_names"] != "" || f["family_name"] != "" || f["full_name"] != "" || f["initials"] != "" || f["person_details"] == "" {
		r.drop("person_details", "details_notes")
	}
	if (f["age"] == "" && f["person_details"] == "") || f["record_date"] == "" {
		r.drop("age", "record_date")
	}
	if f["record_id"] == "" && len(header) > 0 && f["ho_reference"] == header[0] && slices.Contains([]string{"ref", "reference", "refno"}, columnWord(header[0])) {
		r.drop("ho_reference")
	}
}

func (r *roleReading) drop(roles ...string) {
	for _, role := range roles {
		if col := r.found[role]; col != "" {
			delete(r.found, role)
			r.used[col] = false
			r.read.Roles = slices.DeleteFunc(r.read.Roles, func(x [2]string) bool { return x[1] == col })
		}
	}
}

// finish lists the columns not used, and refuses two columns named alike where one is
// read, and a header with nothing to link by.
func (r *roleReading) finish(header []string) error {
	seen, twice := map[string]bool{}, map[string]bool{}
	for _, h := range header {
		twice[columnKey(h)] = seen[columnKey(h)]
		seen[columnKey(h)] = true
	}
	for _, h := range header {
		if !r.used[h] {
			if strings.TrimSpace(h) == "" {
				h = "(a column with no name)"
			}
			r.read.Unused = append(r.read.Unused, h)
		}
	}
	for _, x := range r.read.Roles {
		if twice[columnKey(x[1])] {
			return fmt.Errorf("two columns are named %q, and one is read as the %s: name them apart", x[1], x[0])
		}
	}
	f := r.found
	if f["given_names"] == "" && f["family_name"] == "" && f["full_name"] == "" && f["initials"] == "" && f["dob"] == "" && f["person_details"] == "" {
		return fmt.Errorf("%w (looked for %s; %s; %s; %s)", ErrNothingToLinkBy,
			namesOf("given_names"), namesOf("family_name"), namesOf("full_name"), namesOf("dob"))
	}
	if f["record_id"] == "" {
		r.read.Roles = append([][2]string{{"record id", LineNumbers}}, r.read.Roles...)
	}
	return nil
}

// formRespondent are the columns in which an online form's export says who filled the
// form in, not whom it is about: Microsoft Forms' Email and Name (beside its Start
// time and Completion time), Google Forms' Email Address (beside its Timestamp).
func formRespondent(header []string) []string {
	has := func(name string) string { return findColumn(header, []string{name}, nil) }
	var out []string
	switch {
	case has("start_time") != "" && has("completion_time") != "":
		for _, n := range []string{"email", "name"} {
			if h := has(n); h != "" {
				out = append(out, h)
			}
		}
	case has("timestamp") != "":
		if h := has("email_address"); h != "" {
			out = append(out, h)
		}
	}
	return out
}

// numberedOtherName is a column of one of several other names a record gives in
// numbered columns (ALIAS1_FAMILY_NAME, ALIAS1_GIVEN_NAMES, Alias 2): its role
// other_name_N_given, _family or _whole.
type numberedOtherName struct{ role, title, column string }

var numberedName = regexp.MustCompile(`^(alias|aka|othername|previousname)(\d+)(.*)$`)

// numberedOtherNames are the header's columns, not yet used, of numbered other names.
func numberedOtherNames(header []string, used map[string]bool) []numberedOtherName {
	kinds := []struct {
		part  string
		names []string
	}{{"given", append([]string{"given", "forename", "first", "forenames"}, namesOfRole("given_names")...)},
		{"family", append([]string{"family", "surname", "last"}, namesOfRole("family_name")...)},
		{"whole", append([]string{"", "name", "names"}, namesOfRole("full_name")...)}}
	var out []numberedOtherName
	for _, h := range header {
		m := numberedName.FindStringSubmatch(columnWord(fieldName(h)))
		if m == nil || used[h] {
			continue
		}
		for _, k := range kinds {
			if slices.ContainsFunc(k.names, func(n string) bool { return columnWord(n) == m[3] }) {
				out = append(out, numberedOtherName{role: "other_name_" + m[2] + "_" + k.part, title: "other name " + m[2] + " (" + k.part + ")", column: h})
				break
			}
		}
	}
	return out
}

func namesOfRole(role string) []string {
	for _, cn := range columnNames {
		if cn.role == role {
			return cn.names
		}
	}
	return nil
}

// ErrNothingToLinkBy: a file has no column of names or dates of birth.
var ErrNothingToLinkBy = errors.New("found no column of names or dates of birth to link by")

func namesOf(role string) string { return strings.Join(namesOfRole(role), ", ") }

// settingsFor renames the default settings' columns to those found, and drops the
// comparisons and blocking rules whose key columns are missing.
func settingsFor(found map[string]string) Settings {
	s := DefaultSettings()
	// rename keeps the first fixed columns, whose place says what they are (a
	// placeholder read as empty for one the data lack), and those after that exist.
	rename := func(cols []string, fixed int) []string {
		var out []string
		for i, c := range cols {
			switch {
			case found[c] != "":
				out = append(out, found[c])
			case i < fixed:
				out = append(out, missingColumn(c))
			}
		}
		return out
	}
	s.Derived = deriveColumns(found)
	if s.IDColumn = found["record_id"]; s.IDColumn == "" {
		s.IDColumn = LineNumbers
	}
	var comparisons []ComparisonSettings
	for _, c := range s.Comparisons {
		if c.Kind == "name" && found["given_names"] == "" && found["family_name"] == "" || c.Kind != "name" && found[c.Columns[0]] == "" {
			continue
		}
		c.Columns = rename(c.Columns, fixedColumns[c.Kind])
		if c.Kind == "date_of_birth" && found["age"] != "" && found["record_date"] != "" {
			c.FromAge = &AgeOn{Age: found["age"], On: found["record_date"]}
		}
		if c.NameChains != nil && found[c.NameChains.Column] == "" {
			c.NameChains = nil
		} else if c.NameChains != nil {
			c.NameChains = &NameChains{Column: found[c.NameChains.Column], Values: c.NameChains.Values}
		}
		comparisons = append(comparisons, c)
	}
	var rules []BlockingRule
	for _, b := range s.Blocking {
		key := b.Columns[0]
		if b.Kind == "name_pairs" || b.Kind == "name_token_year" || b.Kind == "name_initial" || b.Kind == "single_name" {
			key = "given_names"
			if found[key] == "" {
				key = "family_name"
			}
		}
		if found[key] == "" || b.Kind == "name_token_year" && found["dob"] == "" {
			continue
		}
		b.Columns = rename(b.Columns, fixedColumns[b.Kind])
		b.Refine = found[b.Refine]
		rules = append(rules, b)
	}
	for _, e := range extraComparisons {
		col := found[e.role]
		if col == "" {
			continue
		}
		follows := e.follows
		for _, f := range strings.Split(e.follows, "|") { // the first the file has
			if found[f] != "" {
				follows = f
				break
			}
		}
		comparisons = append(comparisons, ComparisonSettings{Name: e.role, Kind: e.kind, Columns: []string{col}, Follows: follows})
		if e.block != "" {
			rules = append(rules, BlockingRule{Name: e.role, Kind: e.block, Columns: []string{col}})
		}
	}
	s.Comparisons, s.Blocking = dropFollowsOfMissing(keepFirst(comparisons, maxComparisons)), rules
	s.Training = trainingFor(s)
	s.RefineColumn = found[s.RefineColumn]
	s.OptionalColumns = nil
	for _, c := range []string{"given_names", "family_name"} {
		if found[c] == "" {
			s.OptionalColumns = append(s.OptionalColumns, missingColumn(c))
		}
	}
	return s
}

// otherNameColumns are the columns of other names a person goes by: aliases, a
// preferred name, the name in its own script, and numbered other names (each one
// column, or made of its given and family names: see numberedOtherNames).
func otherNameColumns(found map[string]string) ([]string, []DerivedColumn) {
	var out []string
	for _, role := range []string{"aliases", "preferred_name", "native_name", "latin_name", "document_name"} {
		if found[role] != "" {
			out = append(out, found[role])
		}
	}
	var made []DerivedColumn
	if found["previous_family_name"] != "" && found["given_names"] != "" { // the given names with the family name before
		c := DerivedColumn{Name: "former name (" + found["given_names"] + ", " + found["previous_family_name"] + ")", Kind: "former_name",
			Columns: []string{found["given_names"], found["previous_family_name"]}}
		made, out = append(made, c), append(out, c.Name)
	}
	for n := 1; n <= 9; n++ {
		role := "other_name_" + strconv.Itoa(n) + "_"
		given, family, whole := found[role+"given"], found[role+"family"], found[role+"whole"]
		switch {
		case whole != "":
			out = append(out, whole)
		case given != "" || family != "":
			parts := slices.DeleteFunc([]string{given, family}, func(c string) bool { return c == "" })
			c := DerivedColumn{Name: "other name " + strconv.Itoa(n) + " (" + strings.Join(parts, ", ") + ")", Kind: "join", Columns: parts}
			made, out = append(made, c), append(out, c.Name)
		}
	}
	return out, made
}

// deriveColumns gives the columns to make where a file splits what the comparisons
// read — a date of birth in day, month and year columns, given and middle names
// apart, other names in several columns — and points the roles found (ColumnRoles)
// at them, and at a column of whole names as the given names.
func deriveColumns(found map[string]string) []DerivedColumn {
	var out []DerivedColumn
	for _, role := range standInRoles { // first: what follows reads the role's column
		if more := found[standInKey+role]; more != "" && found[role] != "" {
			cols := append([]string{found[role]}, strings.Split(more, "\x1f")...)
			c := DerivedColumn{Name: titleOf(role) + " (" + strings.Join(cols, ", else ") + ")", Kind: "first_of", Columns: cols}
			out, found[role] = append(out, c), c.Name
		}
	}
	wholeName := found["given_names"] == "" && found["family_name"] == ""
	if wholeName {
		found["given_names"] = found["full_name"] // one column holds the whole name
	}
	if wholeName && found["full_name"] == "" && found["initials"] == "" && found["person_details"] != "" {
		out = append(out, detailsColumns(found)...)
	}
	if col := found["identifiers"]; col != "" { // each kind where the file has no column of it
		for _, kr := range [][2]string{{"labelled_reference", "ho_reference"}, {"labelled_document", "document"}, {"labelled_person_reference", "person_reference"}} {
			kind, role := kr[0], kr[1] // in this order, each run: the settings and what is said of them are the same
			if found[role] == "" {
				c := DerivedColumn{Name: titleOf(role) + " (from " + col + ")", Kind: kind, Columns: []string{col}}
				out, found[role] = append(out, c), c.Name
			}
		}
	}
	if wholeName && found["full_name"] == "" && found["initials"] != "" { // a study that keeps no names
		c := DerivedColumn{Name: "initials (" + found["initials"] + ", letter by letter)", Kind: "initials", Columns: []string{found["initials"]}}
		out, found["given_names"] = append(out, c), c.Name
	}
	if found["dob"] != "" && found["dob_year"] != "" && found["dob_day"] == "" && found["dob_month"] == "" {
		c := DerivedColumn{Name: "date of birth (" + found["dob"] + ", else " + found["dob_year"] + ")", Kind: "first_of",
			Columns: []string{found["dob"], found["dob_year"]}}
		out, found["dob"] = append(out, c), c.Name
	}
	names, made := otherNameColumns(found)
	out = append(out, made...)
	if len(names) > 1 {
		c := DerivedColumn{Name: "other names (" + strings.Join(names, ", ") + ")", Kind: "join_names", Columns: names}
		out, found["aliases"] = append(out, c), c.Name
	} else if len(names) == 1 {
		found["aliases"] = names[0]
	}
	if found["nationality"] != "" && found["second_nationality"] != "" { // each a value of its own
		c := DerivedColumn{Name: "nationalities (" + found["nationality"] + ", " + found["second_nationality"] + ")", Kind: "join_names",
			Columns: []string{found["nationality"], found["second_nationality"]}}
		out, found["nationality"] = append(out, c), c.Name
	}
	if found["dob"] == "" && found["dob_year"] != "" {
		c := DerivedColumn{Kind: "date_parts", Columns: []string{found["dob_day"], found["dob_month"], found["dob_year"]}}
		c.Name = "date of birth (" + strings.Join(slices.DeleteFunc(slices.Clone(c.Columns), func(s string) bool { return s == "" }), ", ") + ")"
		out, found["dob"] = append(out, c), c.Name
	}
	if found["dob"] == "" && found["age"] != "" && found["record_date"] != "" { // no date of birth but an age: its year
		c := DerivedColumn{Name: "date of birth (from " + found["age"] + " on " + found["record_date"] + ")", Kind: "from_age",
			Columns: []string{found["age"], found["record_date"]}}
		out, found["dob"] = append(out, c), c.Name
	}
	if found["given_names"] != "" && found["middle_names"] != "" && !wholeName { // not after a family name
		c := DerivedColumn{Name: "given names (" + found["given_names"] + ", " + found["middle_names"] + ")", Kind: "join",
			Columns: []string{found["given_names"], found["middle_names"]}}
		out, found["given_names"] = append(out, c), c.Name
	}
	return out
}

// fixedColumns are how many leading columns each kind of comparison or blocking rule
// reads by place; those after are optional.
var fixedColumns = map[string]int{"name": 2, "name_pairs": 2, "name_initial": 2, "single_name": 2, "name_token_year": 3,
	"date_of_birth": 1, "date": 1, "exact": 1, "sex": 1, "country": 1, "reference": 1, "phone": 1, "string": 1}

// uncompared are the columns read as something that no comparison or blocking rule
// reads.
func uncompared(s Settings, read ColumnsRead) []string {
	used := map[string]bool{s.IDColumn: true}
	for _, c := range s.Derived {
		for _, col := range c.Columns {
			used[col] = true
		}
	}
	for _, c := range s.Comparisons {
		for _, col := range c.Columns {
			used[col] = true
		}
		if c.FromAge != nil {
			used[c.FromAge.Age], used[c.FromAge.On] = true, true
		}
	}
	for _, b := range s.Blocking {
		for _, col := range b.Columns {
			used[col] = true
		}
	}
	return read.Outside(slices.Collect(maps.Keys(used)))
}

// Outside are the columns read as something (Roles) that are not among used, which
// are matched whatever their case and spacing; in the order they were read.
func (c ColumnsRead) Outside(used []string) []string {
	in := map[string]bool{}
	for _, u := range used {
		in[columnKey(u)] = true
	}
	var out []string
	for _, r := range c.Roles {
		if !in[columnKey(r[1])] && r[1] != LineNumbers && !slices.Contains(out, r[1]) {
			out = append(out, r[1])
		}
	}
	return out
}

// keepFirst keeps at most n comparisons, by comparisonPriority, in their order.
func keepFirst(cs []ComparisonSettings, n int) []ComparisonSettings {
	if len(cs) <= n {
		return cs
	}
	rank := func(c ComparisonSettings) int { return slices.Index(comparisonPriority, c.Name) }
	byRank := slices.Clone(cs)
	slices.SortStableFunc(byRank, func(a, b ComparisonSettings) int { return rank(a) - rank(b) })
	kept := map[string]bool{}
	for _, c := range byRank[:n] {
		kept[c.Name] = true
	}
	return slices.DeleteFunc(cs, func(c ComparisonSettings) bool { return !kept[c.Name] })
}

// missingColumn stands for a column the data lack: optional, read as empty.
func missingColumn(role string) string { return "(no " + role + ")" }

// dropFollowsOfMissing: a comparison that follows one left out follows nothing.
func dropFollowsOfMissing(cs []ComparisonSettings) []ComparisonSettings {
	names := slices.ContainsFunc(cs, tfName)
	for i, c := range cs {
		if c.Follows != "" && !slices.ContainsFunc(cs, func(o ComparisonSettings) bool { return o.Name == c.Follows }) {
			cs[i].Follows = ""
		}
		cs[i].FollowsName = c.FollowsName && names
	}
	return cs
}

// trainingFor keeps the default training sessions whose rules remain, and estimates
// each comparison left over in the first session whose rule does not read its columns.
func trainingFor(s Settings) []TrainingSession {
	has := func(name string) bool {
		return slices.ContainsFunc(s.Comparisons, func(c ComparisonSettings) bool { return c.Name == name })
	}
	rule := func(name string) (BlockingRule, bool) {
		i := slices.IndexFunc(s.Blocking, func(b BlockingRule) bool { return b.Name == name })
		if i < 0 {
			return BlockingRule{}, false
		}
		return s.Blocking[i], true
	}
	var sessions []TrainingSession
	estimated := map[string]bool{}
	for _, t := range DefaultSettings().Training {
		if _, ok := rule(t.Rule); !ok {
			continue
		}
		var est []string
		for _, e := range t.Estimate {
			if has(e) {
				est, estimated[e] = append(est, e), true
			}
		}
		if len(est) > 0 {
			sessions = append(sessions, TrainingSession{Rule: t.Rule, Estimate: est})
		}
	}
	for _, c := range s.Comparisons {
		if estimated[c.Name] {
			continue
		}
		// A rule that reads the comparison's columns biases its estimate, but where
		// every rule does (names and nothing else to block on), it is that or none.
		rule := slices.IndexFunc(s.Blocking, func(b BlockingRule) bool { return !overlap(c.Columns, b.Columns) })
		if rule < 0 {
			rule = 0
		}
		name := s.Blocking[rule].Name
		i := slices.IndexFunc(sessions, func(t TrainingSession) bool { return t.Rule == name })
		if i < 0 {
			sessions, i = append(sessions, TrainingSession{Rule: name}), len(sessions)
		}
		sessions[i].Estimate, estimated[c.Name] = append(sessions[i].Estimate, c.Name), true
	}
	return sessions
}

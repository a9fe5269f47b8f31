"""Word sets a title is read with: words written apart or together, grades beside the role (trainees,
licences, "II"), the role a trainee's field names, and titles written by letters that are not their
initials."""

from ai.local_engine.text import normalized_words

# Words written apart or together: "full stack" / "fullstack", "front end" / "frontend".
# A ship's or an aircraft's "First Officer" is one role word (no officer of the manager family).
JOINED = {
    ("full", "stack"): "fullstack",
    ("front", "end"): "frontend",
    ("back", "end"): "backend",
    ("first", "officer"): "firstofficer",
}
GRADES = frozenset({"i", "ii", "iii", "iv", "v"})
# Grades a title names beside the role ("Graduate Software Engineer (2026 intake)", "Data Analyst Intern"):
# the role is the rest, as with "Senior".
TRAINEE_WORDS = normalized_words(words="intern internship trainee apprentice placement".split())
# A licence a title names ("Registered Dental Hygienist", "Chartered Accountant") grades the role too: the
# resume's "Dental Hygienist" holding that licence does the same job.
GRADE_WORDS = TRAINEE_WORDS | normalized_words(
    words="graduate grad intake cohort programme program registered licensed chartered credentialed".split()
)
# The role an intern's field names ("Software Engineering Intern" works as a software engineer).
TRAINEE_ROLES = {
    "engineering": "engineer",
    "development": "developer",
    "design": "designer",
    "research": "researcher",
    "analytic": "analyst",
    "analysis": "analyst",
    "accounting": "accountant",
}
# Titles written by letters that are not their words' initials ("DBA": DataBase Administrator).
SPELLED_TITLES = {"dba": ("database", "administrator")}
# Title words a resume shortens ("Asst Store Mgr", "Sr. Acct Exec", "Admin Coord"): read as written out.
SHORT_TITLE_WORDS = {
    "mgr": "manager",
    "mgrs": "manager",
    "asst": "assistant",
    "coord": "coordinator",
    "supv": "supervisor",
    "supvr": "supervisor",
    "dir": "director",
    "exec": "executive",
    "engr": "engineer",
    "spec": "specialist",
    "rep": "representative",
    "assoc": "associate",
    "admin": "administrator",
    "mgmt": "management",
    "dept": "department",
}

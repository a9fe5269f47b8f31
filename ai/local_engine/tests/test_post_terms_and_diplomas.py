"""The post's terms are no requirements (its union, pay status, start date, allowances, the clients' industries,
the employer's name on its own line, the town it serves), and a diploma or a practice's degree is asked as
written: a college's diploma is below a bachelor's, "BVSc / DVM" is no PhD. Every posting and resume here is
made up."""

from ai.local_engine import analyze

TERMS_POSTING = """Field Service Technician
Harbour & Lane Veterinary Hospital, Geelong VIC
Position type: Full-time, non-exempt, AFSCME represented
Union: TWU Local 12
Start: ASAP

Harbour & Lane is a family-run practice serving Ballarat and the surrounding towns.
You will run security tests for clients in healthcare, logistics and SaaS, and maintain HVAC units.

Requirements
- 3+ years maintaining HVAC units
- Python scripting

Weekly pay, overtime available, tools allowance.
Interested candidates may share updated CV with current CTC, expected CTC and notice period.
"""

RESUME = """Sam Okoro
Experience
HVAC Technician, Coolair, 2018 - present
- Maintained 40 rooftop HVAC units and wrote Python scripts to log faults
"""


def _names(result: dict) -> set[str]:
    return {r["name"].lower() for r in result["details"]["requirements"]} | {
        k.lower() for k in result["missing_keywords"]
    }


def test_the_posts_terms_and_the_employers_own_lines_are_no_requirements():
    result = analyze(resume_text=RESUME, job_description=TERMS_POSTING)

    names = _names(result)
    for junk in ("non-exempt", "afscme represented", "twu local", "asap", "saas", "tools allowance", "ctc"):
        assert not any(junk in name for name in names), (junk, names)
    for employer in ("harbour", "lane", "ballarat"):
        assert not any(employer in name.split() for name in names), (employer, names)
    assert {"maintaining hvac units", "python"} <= {
        r["name"].lower() for r in result["details"]["requirements"]
    }


def test_an_industry_asked_as_experience_is_still_a_requirement():
    posting = "Account Manager\nRequirements\n- 3+ years of experience selling SaaS to mid-market clients\n"
    result = analyze(resume_text=RESUME, job_description=posting)

    assert "SaaS" in result["missing_keywords"]


PENTEST_POSTING = """Penetration Tester
Requirements
- 3+ years of hands-on penetration testing
- Internal network and Active Directory assessments
"""
PENTEST_RESUME = """Lee Park
Experience
Security Consultant, Redline, 2019 - present
- Compromised the domain in most internal tests with BloodHound and Impacket
- Ran web application tests in Burp Suite Pro and Metasploit
"""


def test_a_penetration_testers_tools_show_the_work_and_bloodhound_active_directory():
    result = analyze(resume_text=PENTEST_RESUME, job_description=PENTEST_POSTING)

    rows = {r["name"].lower(): r for r in result["details"]["requirements"]}
    assert rows["penetration testing"]["status"] == "met"
    assert rows["active directory"]["status"] == "met"


DIPLOMA_POSTING = """Funeral Arranger
Requirements
- The NAFD Diploma in Funeral Directing is expected
"""
DIPLOMA_RESUME = """Ann Lee
Experience
Funeral Arranger, Greaves & Sons, 2017 - present
- Arranged funerals with families and booked cremations
Education
NAFD Diploma in Funeral Directing, 2018
"""


def test_a_diploma_asked_is_below_a_bachelors_and_met_by_the_diploma():
    result = analyze(resume_text=DIPLOMA_RESUME, job_description=DIPLOMA_POSTING)

    degree = next(r for r in result["details"]["requirements"] if r["kind"] == "degree")
    assert degree["name"] == "Diploma or degree in Funeral Directing"
    assert degree["status"] == "met"
    assert result["details"]["sub_scores"]["education"]["score"] == 100


def test_a_diploma_or_a_degree_accepts_the_diploma_and_a_school_diploma_is_no_degree():
    posting = "Electrical Technician\nRequirements\n- Diploma / B.E. in Electrical Engineering\n"
    resume = (
        "Raj Patil\nExperience\nShift Technician, Nexa DC, 2019 - present\n"
        "- Maintained UPS systems and HT panels\nEducation\n"
        "Diploma in Electrical Engineering - Government Polytechnic, Thane, 2016\n"
    )
    school = resume.replace("Diploma in Electrical Engineering", "High school diploma")

    met = next(r for r in analyze(resume_text=resume, job_description=posting)["details"]["requirements"])
    assert (met["name"], met["status"]) == ("Diploma or degree in Electrical Engineering", "met")
    unmet = analyze(resume_text=school, job_description=posting)["details"]["requirements"]
    assert next(r for r in unmet if r["kind"] == "degree")["status"] == "missing"


def test_a_vets_degree_is_asked_by_its_names_and_met_by_a_bachelor_of_veterinary_science():
    posting = "Veterinary Surgeon\nRequirements\n- BVSc / DVM or equivalent, registrable in Queensland\n"
    resume = (
        "Dr Tom Hale\nExperience\nVeterinarian, Downs Vet, 2019 - present\n- Performed desexing surgery\n"
        "Education\nBachelor of Veterinary Science (Honours), The University of Queensland, 2018\n"
    )
    degree = next(
        r
        for r in analyze(resume_text=resume, job_description=posting)["details"]["requirements"]
        if r["kind"] == "degree"
    )

    assert (degree["name"], degree["status"]) == ("BVSc / DVM", "met")


def test_how_long_a_licence_is_held_is_no_experience_asked():
    posting = (
        "Funeral Director\nYou must have at least two years' experience as a funeral arranger. You'll need a "
        "full UK driving licence held for at least three years, as you will drive the hearse.\n"
    )
    result = analyze(resume_text=DIPLOMA_RESUME, job_description=posting)

    assert result["details"]["years_required"] == 2


def test_the_place_after_a_titles_dash_below_a_blurb_is_no_requirement():
    posting = (
        "Hillside Hearing is a family-owned group of clinics across the county, helping people hear better for "
        "25 years.\n\nAudiologist – Barrie and Orillia clinics\nRequirements\n- Experience fitting hearing aids\n"
        "- Python scripting for clinic reports\n"
    )
    result = analyze(resume_text=RESUME, job_description=posting)

    names = _names(result)
    assert not any("orillia" in name for name in names), names
    assert "python" in names


def test_testing_and_record_head_the_words_before_them():
    posting = (
        "Audiologist\nRequirements\n- Experience with vestibular testing\n"
        "- Applicants must complete a Pre-Employment Criminal Record Check.\n"
    )
    names = _names(analyze(resume_text=RESUME, job_description=posting))

    assert "vestibular testing" in names
    assert "testing" not in names and "record" not in names


def test_a_trades_tickets_section_holds_its_credentials():
    posting = "Fibre Technician\nEssential\n- White Card\n- Driver licence\n"
    resume = (
        "Jo Tran\nEXPERIENCE\nFibre Technician, Linkline, 2019 - present\n- Splice fibre in pits and pillars\n"
        "KEY SKILLS\nFusion splicing | OTDR testing\n"
        "TICKETS & LICENCES\nWhite Card (NSW) | NSW Driver Licence – own ute\n"
    )
    rows = analyze(resume_text=resume, job_description=posting)["details"]["requirements"]

    licence = next(r for r in rows if r["name"].lower() == "driver licence")
    assert (licence["status"], licence["context"]) == ("met", "prose")


def test_a_railway_is_no_ruby_on_rails():
    posting = (
        "Signalling Technician\nWhat you will do\n- Undertake planned maintenance of signalling equipment in "
        "line with Network Rail standards (NR/L2/SIG family)\n- Record fault data in FMS\n"
    )
    rows = analyze(resume_text=RESUME, job_description=posting)["details"]["requirements"]

    assert "FMS" in [r["name"] for r in rows]
    assert not any("rail" in r["name"].lower() for r in rows), rows


def test_a_focus_adverb_is_no_part_of_the_name_it_points_at():
    posting = "GIS Analyst\nRequirements\n- Python scripting experience, particularly ArcPy\n"
    rows = analyze(resume_text=RESUME, job_description=posting)["details"]["requirements"]

    assert not any("particularly" in r["name"] for r in rows), rows
    assert "Python" in [r["name"] for r in rows]


def test_a_college_diploma_written_before_its_field_is_schooling_and_a_school_one_is_not():
    posting = "Video Editor\nRequirements\n- Editing branded content in Premiere Pro\n"
    college = RESUME + "Education\nAdvanced Diploma, Film and Television Production, Humber College, 2018\n"
    school = RESUME + "Education\nDiploma, Millard North High School, 2020\n"

    shown = analyze(resume_text=college, job_description=posting)["details"]["sub_scores"]["education"]
    none = analyze(resume_text=school, job_description=posting)["details"]["sub_scores"]["education"]
    assert (shown["score"], shown["how"]) == (100, "no degree asked: any degree is full marks")
    assert none["score"] == 60
    assert none["how"] == (
        "no degree asked and none shown: 60 (any degree, college diploma or trade schooling is full marks)"
    )


def test_bonuses_posting_numbers_and_a_ksa_heading_are_no_requirements():
    posting = (
        "Event Manager\nAnnouncement number: NPS-SER-24-1187\n"
        "Job highlights: 5-day work week • AWS + variable bonus • Regional travel\n"
        "Knowledge, Skills and Abilities (KSAs)\n- Proficient in Python scripting\n"
    )
    names = _names(analyze(resume_text=RESUME, job_description=posting))

    for junk in ("aws", "nps", "knowledge", "bonus"):
        assert not any(junk in name for name in names), (junk, names)
    assert "python" in names


def test_reporting_lines_work_setup_and_e_verify_participation_are_no_requirements():
    posting = (
        "Accountant\nReporting to: Finance Manager\nWork setup: Onsite, 5th Avenue, Bonifacio Global City\n"
        "Requirements\n- Python scripting for month-end\n- 0–2 years of experience\n"
        "We participate in E-Verify.\n"
    )
    result = analyze(resume_text=RESUME, job_description=posting)
    names = _names(result)

    for junk in ("reporting", "avenue", "e-verify"):
        assert not any(junk in name.split() for name in names), (junk, names)
    assert "python" in names
    assert result["details"]["sub_scores"]["experience"]["how"] == "the posting asks no experience"


def test_e_verify_as_hr_work_is_still_asked():
    posting = "HR Generalist\nRequirements\n- Complete I-9 verification (E-Verify) for every new hire\n"
    assert "e-verify" in _names(analyze(resume_text=RESUME, job_description=posting))


def test_a_degree_named_before_its_fields_without_in_is_one_degree_requirement():
    posting = (
        "IT Service Desk Analyst\nQualifications\n"
        "- Graduate of BS Information Technology, Computer Science, Computer Engineering or any related course\n"
        "- Proficient in MS Excel\n"
    )
    resume = RESUME + "Education\nBS Information Technology, Polytechnic University, 2022\n"
    rows = analyze(resume_text=resume, job_description=posting)["details"]["requirements"]

    degree = [r for r in rows if "Computer" in r["name"]]
    assert [(r["kind"], r["status"]) for r in degree] == [("degree", "met")]
    assert "Excel" in " ".join(r["name"] for r in rows)


def test_a_schedule_line_that_asks_is_read_and_one_that_states_is_not():
    from ai.local_engine.posting import read_posting
    from ai.local_engine.vocab import get_vocabulary

    posting = read_posting(
        text="Nurse\nSchedule: must be available weekends and nights\nSchedule: Monday–Friday, 8–5\n"
        "Status: active RN license required\nFLSA status: Non-exempt\n",
        vocabulary=get_vocabulary(),
    )
    kinds = dict(zip((s.text for s in posting.sentences), posting.kinds, strict=True))

    assert kinds["Schedule: must be available weekends and nights"] == "asks"
    assert kinds["Status: active RN license required"] == "asks"
    assert kinds["Schedule: Monday–Friday, 8–5"] == "facts"
    assert kinds["FLSA status: Non-exempt"] == "facts"

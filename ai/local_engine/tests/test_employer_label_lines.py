"""A line the employer labels as about itself ("Who we are: ...") asks nothing, whatever it names. Every
posting and resume here is made up."""

from ai.local_engine.tests.rows import requirement_names, requirement_rows

POSTING = """Solar PV Installer – Residential
Who we are: a family-owned rooftop solar and battery installer, 4,000+ homes since 2014, NABCEP-accredited company.

What you'll do
* Install residential rooftop PV systems – attachments, racking and modules
Preferred
* NABCEP PV Associate
"""
RESUME = """Dana Cruz
Solar Installer, Sunward LLC, 2024 - present
• Install rooftop PV systems, 5 a week
CERTIFICATIONS
• NABCEP PV Associate (PVA), 2025
"""


def test_nothing_is_asked_from_a_who_we_are_line():
    names = requirement_names(resume=RESUME, posting=POSTING)

    assert not [name for name in names if "installer" in name.lower() or "accredited" in name.lower()]
    row = requirement_rows(resume=RESUME, posting=POSTING)["NABCEP PV Associate"]
    assert (row["importance"], row["status"]) == ("preferred", "met")


def test_what_the_job_hands_over_is_not_asked():
    posting = (
        "HVAC Service Technician\n$28-$40/hour | Full-time | Company truck, phone and tablet\n\n"
        "What you need\n– EPA 608 Universal certification\n"
        "– Your own basic hand tools; we provide gauges, vacuum pumps and specialty tools\n"
    )
    names = requirement_names(resume="Luis Diaz\nHVAC Technician, 2019 - present", posting=posting)

    assert not [n for n in names if {"truck", "pumps", "specialty"} & set(n.lower().split())]
    assert any("EPA 608" in n for n in names)


def test_we_are_committed_is_no_company_name_and_what_follows_is_asked():
    posting = (
        "Occupational Therapist – Community Team\nTe Awa Health – Kāpiti District\n\n"
        "In this role you will carry your own caseload and complete home visits.\n\n"
        "We are committed to Te Tiriti o Waitangi, and you will need to show how you apply its principles. "
        "Some te reo Māori is welcome but not expected.\n"
    )
    names = requirement_names(resume="Kate Rowe\nOccupational Therapist, 2021 - present", posting=posting)

    assert any("Māori" in name for name in names)


def test_solar_products_are_named_tools_and_a_competitor_does_not_meet_them():
    posting = (
        "Solar PV Installer\nWhat you'll do\n* Install Enphase microinverters and SolarEdge inverters and optimizers\n"
        "Preferred\n* Battery storage installs (Tesla Powerwall, Enphase IQ Battery, FranklinWH)\n"
    )
    resume = "Marcus Brooks\nSolar Installer, Desert Bloom Solar, 2024 - present\n• Enphase IQ8 microinverters and IQ Combiner\n"
    rows = requirement_rows(resume=resume, posting=posting)

    assert rows["Enphase microinverters"]["status"] == "met"
    assert rows["SolarEdge inverters"]["status"] == "missing"
    # a storage product the resume does not name is missing, though Enphase's microinverters are there
    battery = [row for name, row in rows.items() if "Battery" in name]
    assert [row["status"] for row in battery] == ["missing"]

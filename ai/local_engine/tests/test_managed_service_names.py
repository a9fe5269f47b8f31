"""A managed service provider's tools and words: a PSA product is a ticketing system, "managed service
provider" is MSP, a kind of VPN is a VPN. Every posting and resume here is made up."""

from ai.local_engine.tests.rows import requirement_names, requirement_rows

POSTING = """Network Engineer
What you'll do
- Resolve escalated incidents within SLA through our ticketing system (Freshservice)
- Build and troubleshoot site-to-site and remote-access VPNs (IPsec, SSL)
Nice to have
- Experience in an MSP environment
"""
RESUME = """Sam Okoro
Network engineer with six years in managed service provider environments.
EXPERIENCE
Network Engineer, Moorside IT, 2020 - present
- Resolved escalated network incidents for 80 customers within SLA; all work logged in ConnectWise
- Built IPsec tunnels and an SSL VPN for remote users at 12 customer sites
"""


def test_psa_products_show_a_ticketing_system_and_msp_is_spelled_out():
    rows = requirement_rows(resume=RESUME, posting=POSTING)

    ticketing = next(row for name, row in rows.items() if "ticketing" in name.lower())
    msp = next(row for name, row in rows.items() if "MSP" in name)
    assert ticketing["status"] == "met"
    assert msp["status"] == "met"


def test_a_kind_of_vpn_is_one_vpn_requirement():
    names = requirement_names(resume=RESUME, posting=POSTING)

    assert "remote-access" not in names
    vpn = [name for name in names if "VPN" in name]
    assert len(vpn) == 1
    assert requirement_rows(resume=RESUME, posting=POSTING)[vpn[0]]["status"] == "met"


def test_dispatch_systems_offered_as_alternatives_are_one_requirement():
    posting = (
        "911 Dispatcher\nMinimum qualifications\n- High school diploma or GED\n"
        "Preferred\n- Experience with CentralSquare, Tyler or Hexagon CAD.\n"
    )
    resume = "Dana Ruiz\nDispatcher, Lake County 911, 2020 - present\n- Enter and close incidents in CentralSquare CAD\n"
    rows = requirement_rows(resume=resume, posting=posting)

    dispatch = [row for name, row in rows.items() if "CentralSquare" in name or "Hexagon" in name]
    assert len(dispatch) == 1
    assert dispatch[0]["status"] == "met"

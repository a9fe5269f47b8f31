"""Credentials known by their own names ("CPA", "CompTIA A+", "PMP"): a leaf module, read by the junk filter
and by the requirement builder alike."""

import re

# Credentials known by their own names, with no "certified" in them: "CompTIA A+", "CCNA", "PMP", "CISSP".
_CREDENTIAL_NAME_RE = re.compile(
    r"^(?:CompTIA|ASQ|NABCEP|CCNA|CCNP|CCIE|CISSP|CISM|CISA|CEH|OSCP|PMP|PRINCE2|ITIL|CKA|CKAD|RHCSA|RHCE|MCSA|MCSE|CPA|"
    r"CMA|ACCA|CIMA|CFA|NEBOSH|IOSH|CSCS|SHRM-CP|SHRM-SCP|CPCU|GCIH|GSEC|GCIA|GPEN|GCFA|CCSP|CRISC|CGEIT|"
    r"BLS|ACLS|PALS|CCRN|TNCC|NRP|CPR|TS/SCI|TS-SCI|Top Secret|CHST|OHST|CIH|CAMS|CFE|CSP(?![.\-/])|"
    # testing, business analysis, project, privacy, health records and supply chain bodies' credentials
    r"ISTQB|CBAP|CCBA|ECBA|CAPM|PMI-ACP|CIPP|CIPM|CIPT|RHIT|RHIA|CPIM|CSCP|CPSM|MCIPS|CIA)\b|"
    # CompTIA's names end in a plus: "Security+", "CySA+", "Network+"
    r"^(?:A|Network|Security|CySA|PenTest|CASP|Linux|Cloud|Server|Data|Project)\+"
)


def credential_by_name(*, text: str) -> bool:
    """Return whether ``text`` is a credential known by its own name ("CPA", "CompTIA A+", "PMP")."""
    return _CREDENTIAL_NAME_RE.match(text) is not None

"""The verbs a posting's tasks and duties open with (general English of job ads, not of any one posting)."""

# Verbs a task starts with: a phrase opening with one names work to do, not a skill to have.
TASK_VERBS = frozenset(
    """build develop design ensure write work collaborate assure optimize deliver create implement maintain
    manage lead run own support help drive define prepare perform conduct participate review tune set make
    keep assess plan educate administer document present assist analyze analyse deploy ship turn improve
    harden respond operate integrate experiment communicate stay meet see act""".split()
)
# More verbs a posting's duties open with (general English of job ads, not of any one posting): with the
# task verbs, a duty's object follows them ("install lighting controls" -> "lighting controls"). Verbs that
# are as often the noun a skill phrase opens with ("process", "test", "order", "schedule") are left out.
DUTY_VERBS = TASK_VERBS | frozenset(
    """handle teach install repair troubleshoot track apply calculate coordinate oversee monitor recruit hire
    coach sell hit reconcile publish automate measure provide establish negotiate identify inspect verify
    complete follow serve greet cook evaluate interview investigate resolve organize organise supervise
    mentor instruct assemble fabricate weld terminate diagnose replace record interpret attend facilitate
    execute calibrate""".split()
)


def verb_opens(*, word: str) -> bool:
    """Return whether ``word`` (lower case) is a duty verb or its -ing form ("applying", "filing",
    "hitting")."""
    if word in DUTY_VERBS:
        return True
    if not word.endswith("ing") or len(word) < 6:
        return False
    base = word[:-3]
    return any(
        form in DUTY_VERBS for form in (base, base + "e", base[:-1] if base[-1:] == base[-2:-1] else "")
    )

"""Whether a resume's action is work a tool is used for: a rewrite names the tools of an entry only there."""

from ai.local_engine.text import first_norm, tokenize

# Verbs of work no tool is named for ("Ran 50 interviews using HubSpot", "Teach diets using Epic", "Maintain
# the costing model using Sage 200"); "Lead" only before what is built ("Led migration of ... using Go", not
# "Lead incident response using Terraform").
_NO_TOOL_VERBS = frozenset(
    """run ran runs plan planned plans maintain maintained maintains teach taught teaches walk walked
    unload unloaded count counted drive drove drives partner partnered partners use used uses check checked
    checks submit submitted review reviewed reviews coordinate coordinated coordinates collect collected
    collects handle handled handles administer administered explain explained serve served greet greeted
    interview interviewed""".split()
)
_LEAD_VERBS = frozenset({"lead", "led", "leads"})
_BUILT_OBJECTS = frozenset(
    """migration migrations development design implementation rollout build rebuild rewrite integration
    deployment upgrade upgrades automation launch redesign""".split()
)


def done_with_tools(*, text: str) -> bool:
    """Return whether the action is work a tool is used for (``_NO_TOOL_VERBS``, ``_LEAD_VERBS``)."""
    first = first_norm(text=text)
    if first in _NO_TOOL_VERBS:
        return False
    if first in _LEAD_VERBS:
        words = [t.norm for t in tokenize(text=" ".join(text.split()[1:4]))]
        return any(word in _BUILT_OBJECTS for word in words)
    return True

"""Words of job titles the vocabulary's role nouns lack: the C-suite's letters and the role nouns a title
holds beside the vocabulary's (read by ``role``, ``job_title`` and ``resume_titles``)."""

from ai.local_engine.text import normalized_words

# Top executives of one function or another: a CEO is a candidate for a COO post, a product manager is not.
C_SUITE = normalized_words(words="ceo coo cto cfo cio cmo cpo cso cro cdo cco cno ciso chro".split())

# Role nouns a title holds beside the vocabulary's ("SRE", "Founder"); "DevOps" names a field (``role``'s
# families).
# The -wright trades ("Millwright", "Shipwright") have no agent ending the vocabulary's role nouns read.
ROLE_EXTRA = (
    normalized_words(words="sre president founder dba millwright shipwright wheelwright".split())
    # trades no title list holds as a role's noun: "Commercial Locksmith", "Reinforcing Ironworker"
    | normalized_words(
        words="locksmith bricklayer farrier steamfitter ironworker toolmaker drywaller".split()
    )
    | normalized_words(words="translator florist".split())
    | C_SUITE
    | {"firstofficer"}
)

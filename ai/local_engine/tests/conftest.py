import pytest

JOB = """Senior Backend Engineer

Requirements
- 5+ years of experience building backend services in Python or Go
- Strong experience with PostgreSQL and Redis
- Experience with Kubernetes and Docker in production
- Familiarity with AWS (EC2, S3, Lambda)
- Bachelor's degree in Computer Science or related field
- Excellent communication skills and a team player

Nice to have
- Experience with Kafka
- Knowledge of GraphQL
- AWS Certified Solutions Architect
"""

RESUME = """Jane Doe
jane@example.com | +1 555 123 4567

Summary
Backend developer with 6 years of experience in Python and JS.

Experience
Software Engineer, Acme Corp (2019 - Present)
- Responsible for maintaining the payment APIs used by merchants.
- Built data pipelines on Postgres and k8s, cutting costs by 30%.
- Worked on the migration of services to Docker containers.

Junior Developer, Beta Ltd (2017 - 2019)
- Helped the team with testing and code reviews.

Education
BSc Computer Science, University of Somewhere (2013 - 2017)
"""


@pytest.fixture
def job() -> str:
    return JOB


@pytest.fixture
def resume() -> str:
    return RESUME

"""The categories a posting asks for by kind and the named things a recruiter accepts as their members
("popular front-end frameworks": React, Angular, Vue; "code versioning tools": Git, Subversion), read by
``taxonomy``.

The lists are written by hand from general industry knowledge and the O*NET commodity groups ("Data base
management system software", "Web platform development software", ...); no evaluation data was read.
"""

_JS_FRAMEWORKS = (
    "React", "Angular", "Vue.js", "Svelte", "Ember.js", "Backbone.js", "Next.js", "Nuxt.js", "Preact",
    "SolidJS", "Alpine.js", "Gatsby", "Remix",
)  # fmt: skip
_RELATIONAL = (
    "MySQL", "PostgreSQL", "Microsoft SQL Server", "Oracle Database", "SQLite", "MariaDB", "Amazon RDS",
    "IBM Db2", "Amazon Aurora", "Oracle", "SQL",  # SQL is the relational databases' language
)  # fmt: skip
_NOSQL = (
    "MongoDB", "Cassandra", "Amazon DynamoDB", "Redis", "Couchbase", "CouchDB", "Firebase", "Neo4j",
    "Elasticsearch", "HBase",
)  # fmt: skip
_LANGUAGES = (
    "Python", "Java", "JavaScript", "TypeScript", "C++", "C#", "C", "Go", "Rust", "Ruby", "PHP", "Kotlin",
    "Swift", "Scala", "R", "Perl", "Objective-C", "Dart", "Elixir", "Haskell", "Clojure", "Lua", "MATLAB",
    "Julia", "F#", "Visual Basic", ".NET", "Groovy", "Erlang", "COBOL", "Fortran",
)  # fmt: skip
_BACKEND_FRAMEWORKS = (
    "Django", "Flask", "FastAPI", "Spring", "Spring Boot", "Express.js", "Ruby on Rails", "Laravel",
    "Symfony",
    ".NET", "NestJS", "Phoenix", "Gin", "Koa",
)  # fmt: skip
_CLOUD = (
    "Amazon Web Services",
    "Google Cloud Platform",
    "Microsoft Azure",
    "IBM Cloud",
    "Oracle Cloud",
    "Heroku",
)
_CI_CD = (
    "Jenkins", "GitHub Actions", "GitLab CI", "CircleCI", "Travis CI", "Azure DevOps", "TeamCity", "Bamboo",
    "Argo CD", "Continuous integration",
)  # fmt: skip
_CONTAINERS = ("Docker", "Kubernetes", "Podman", "OpenShift", "Amazon ECS", "Amazon EKS", "Helm")
_IAC = ("Terraform", "AWS CloudFormation", "Ansible", "Pulumi", "Chef", "Puppet")
_TESTING = (
    "Jest", "Mocha", "Jasmine", "Cypress", "Selenium", "JUnit", "pytest", "unittest", "Playwright",
    "Karma", "Enzyme", "React Testing Library", "TestNG", "RSpec", "Test-driven development", "xUnit",
    "NUnit", "MSTest", "PHPUnit", "Unit testing", "Integration testing",
)  # fmt: skip
_ML = ("TensorFlow", "PyTorch", "scikit-learn", "Keras", "XGBoost", "LightGBM", "Hugging Face", "JAX")
_VIS = ("Tableau", "Power BI", "matplotlib", "D3.js", "Looker", "seaborn", "Plotly", "Qlik", "Grafana")
_BIG_DATA = (
    "Apache Spark",
    "Apache Hadoop",
    "Apache Kafka",
    "Hive",
    "Apache Flink",
    "Databricks",
    "Snowflake",
)
# Object-relational mappers (O*NET lists Hibernate ORM under object oriented database software).
_ORM = (
    "Hibernate ORM", "Java Persistence API", "SQLAlchemy", "Entity Framework", "Django ORM", "Sequelize",
    "Prisma", "TypeORM", "Active Record", "MyBatis", "Doctrine ORM",
)  # fmt: skip
_BUILD = ("Webpack", "Vite", "Babel", "Gulp", "Grunt", "Parcel", "npm", "Yarn", "Rollup", "esbuild")
_MOBILE = ("Swift", "Kotlin", "React Native", "Flutter", "Android", "iOS", "Xamarin", "Objective-C")
_VCS = ("Git", "Subversion", "Mercurial", "Perforce", "SVN")
_PM_TOOLS = ("Jira", "Asana", "Trello", "Confluence", "Monday.com", "Microsoft Project")
_HELPDESK = (
    "ServiceNow", "Zendesk", "Freshdesk", "Freshservice", "Jira Service Management", "Jira Service Desk",
    "ManageEngine ServiceDesk Plus", "SolarWinds Service Desk", "Zoho Desk", "TOPdesk", "Spiceworks",
    "Ivanti Service Manager", "BMC Remedy", "Cherwell", "Autotask", "ConnectWise Manage", "HaloPSA", "SysAid",
)  # fmt: skip
_DESIGN = ("Figma", "Sketch", "Adobe XD", "InVision", "Adobe Photoshop", "Adobe Illustrator", "Zeplin")
_MONITORING = ("Datadog", "Prometheus", "Grafana", "New Relic", "Splunk", "ELK", "Sentry", "Nagios")
_MESSAGING = ("Apache Kafka", "RabbitMQ", "Amazon SQS", "ActiveMQ", "NATS", "Google Pub/Sub")
_APIS = ("REST", "GraphQL", "gRPC", "SOAP", "OpenAPI", "Application programming interface")
_CSS = ("CSS", "Sass", "Tailwind CSS", "Bootstrap", "styled-components", "Material UI")
_SCRIPTING = ("Python", "Shell scripting", "Perl", "Ruby", "JavaScript", "PowerShell", "Lua", "Groovy")
_OS = ("Linux", "Unix", "Windows", "macOS")
_AGILE = ("Agile", "Scrum", "Kanban", "SAFe")
_OFFICE = (
    "Microsoft Office",
    "Microsoft Excel",
    "Microsoft Word",
    "Microsoft PowerPoint",
    "Google Workspace",
)
_EMAIL_MARKETING = (
    "Klaviyo", "Mailchimp", "HubSpot", "Marketo", "Constant Contact", "Campaign Monitor", "Dotdigital",
    "Salesforce Marketing Cloud", "Brevo", "ActiveCampaign", "Pardot", "Emarsys",
)  # fmt: skip
_SOCIAL_TOOLS = ("Hootsuite", "Sprout Social", "Sprinklr", "Meta Business Suite")
_EHR = ("Epic", "Cerner", "MEDITECH", "NextGen", "athenahealth", "eClinicalWorks", "Allscripts")
_HRIS = ("Workday", "BambooHR", "ADP", "SAP SuccessFactors", "UKG", "Kronos")
_LMS = ("Moodle", "Blackboard", "Canvas", "Docebo", "Cornerstone OnDemand", "TalentLMS")
# Maintenance and asset systems where work orders are kept (not "AiM" or "TMA": everyday letters too).
_CMMS = (
    "IBM Maximo", "Maximo", "Cityworks", "Fiix", "UpKeep", "eMaint", "Limble", "SAP PM", "Infor EAM",
    "Hippo CMMS", "MaintainX", "Lucity",
)  # fmt: skip
# A veterinary or medical practice's records, bookings and billing system.
_PRACTICE_SYSTEMS = ("ezyVet", "RxWorks", "AVImark", "IDEXX Neo", "Cornerstone", "Vetspace", "Covetrus Pulse")
# Freight and warehouse systems: where shipments are planned and tracked, and where stock is kept.
_TMS = (
    "SAP TM", "Oracle Transportation Management", "MercuryGate", "Descartes", "CargoWise", "Trimble TMW",
    "McLeod", "e2open", "Manhattan TMS", "Blue Yonder",
)  # fmt: skip
_WMS = (
    "SAP EWM", "Manhattan WMS", "Oracle WMS", "HighJump", "Fishbowl", "Infor WMS", "Made4net", "Blue Yonder",
)  # fmt: skip
# A nonprofit's records of donors and gifts.
_DONOR_DATABASES = (
    "Raiser's Edge", "Raiser's Edge NXT", "Bloomerang", "DonorPerfect", "Salesforce Nonprofit Cloud",
    "Little Green Light", "Neon CRM", "Virtuous", "Blackbaud CRM",
)  # fmt: skip

# category key words -> (other phrasings of the category, its members)
CATEGORIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "javascript framework": (("js framework", "javascript library", "front end library"), _JS_FRAMEWORKS),
    "front end framework": (("frontend framework", "ui framework", "client side framework"), _JS_FRAMEWORKS),
    "front end technology": (
        ("front end development", "frontend development", "front end"),
        (*_JS_FRAMEWORKS, "HTML", "CSS", "JavaScript", "TypeScript"),
    ),
    "web markup": (("markup language", "markup"), ("HTML", "XML")),
    "version control": (
        ("code versioning", "source control", "versioning tool", "version control system", "vcs", "scm"),
        _VCS,
    ),
    "relational database": (("rdbms", "relational database management system", "sql database"), _RELATIONAL),
    "nosql database": (("nosql", "non relational database", "document database"), _NOSQL),
    "vector database": (
        ("vector store", "vector search", "vector db"),
        ("FAISS", "Milvus", "Pinecone", "Weaviate", "Qdrant", "ChromaDB", "pgvector"),
    ),
    "database": (
        ("database system", "data store", "datastore", "database management"),
        (*_RELATIONAL, *_NOSQL),
    ),
    "sql": ((), ("SQL", *_RELATIONAL, "PL/SQL", "Microsoft SQL Server")),
    "orm": (("object relational mapping", "object relational mapper", "orm framework", "orm tool"), _ORM),
    "programming language": (
        ("programming", "coding language", "object oriented language", "language such"),
        _LANGUAGES,
    ),
    "scripting language": (("scripting",), _SCRIPTING),
    "back end framework": (
        ("backend framework", "web framework", "server side framework"),
        _BACKEND_FRAMEWORKS,
    ),
    "back end": (
        ("backend development", "server side", "back end development"),
        (*_BACKEND_FRAMEWORKS, "Node.js", "Java", "Python", "Go", "Ruby", "PHP", "C#"),
    ),
    "cloud platform": (
        ("cloud provider", "cloud service", "public cloud", "cloud computing", "cloud"),
        _CLOUD,
    ),
    "ci cd": (
        (
            "continuous integration",
            "continuous delivery",
            "continuous deployment",
            "cd pipeline",
            "ci pipeline",
            "build pipeline",
        ),
        _CI_CD,
    ),
    "containerization": (
        ("container", "containerisation", "container orchestration", "orchestration"),
        _CONTAINERS,
    ),
    "infrastructure as code": (("iac", "configuration management"), _IAC),
    "testing framework": (
        (
            "unit testing",
            "automated testing",
            "automated test",
            "test automation",
            "testing tool",
            "unit test",
            "end to end testing",
            "integration testing",
        ),
        _TESTING,
    ),
    "machine learning framework": (("ml framework", "deep learning framework", "ml library"), _ML),
    "data visualization": (
        ("visualization tool", "bi tool", "dashboarding", "business intelligence tool"),
        _VIS,
    ),
    "big data": (("big data technology", "distributed data processing", "data pipeline"), _BIG_DATA),
    "build tool": (
        ("front end build", "build pipeline", "bundler", "module bundler", "package manager"),
        _BUILD,
    ),
    "mobile development": (("mobile app", "mobile platform", "native app"), _MOBILE),
    "project management tool": (("issue tracker", "ticketing tool", "collaboration tool"), _PM_TOOLS),
    "help desk software": (
        (
            "ticketing system",
            "ticketing software",
            "ticketing platform",
            "helpdesk software",
            "service desk software",
            "service desk tool",
            "itsm tool",
            "itsm platform",
            "itsm software",
            "psa",
            "psa tool",
            "psa platform",
        ),
        _HELPDESK,
    ),
    "design tool": (("prototyping tool", "wireframing tool", "ui design tool"), _DESIGN),
    "monitoring": (("observability", "monitoring tool", "logging tool", "alerting"), _MONITORING),
    "message queue": (("messaging system", "message broker", "event streaming", "queue"), _MESSAGING),
    "api": (("web service", "api design", "api development"), _APIS),
    "css framework": (("css preprocessor", "styling", "responsive design"), _CSS),
    "operating system": (("os",), _OS),
    "agile methodology": (("agile", "agile environment", "agile development"), _AGILE),
    "office suite": (("office software", "productivity software", "ms office"), _OFFICE),
    "email marketing platform": (
        (
            "email marketing tool",
            "email marketing software",
            "email service provider",
            "marketing automation platform",
            "marketing automation tool",
            "marketing automation software",
        ),
        _EMAIL_MARKETING,
    ),
    "electronic health record": (
        ("ehr", "emr", "electronic medical record", "ehr system", "emr system", "electronic health records"),
        _EHR,
    ),
    "hris": (("human resources information system", "hcm system", "human capital management"), _HRIS),
    "learning management system": (("lms", "lms platform"), _LMS),
    "computerized maintenance management system": (
        ("cmms", "maintenance management system", "computerised maintenance management system"),
        _CMMS,
    ),
    "practice management software": (("practice management system", "practice software"), _PRACTICE_SYSTEMS),
    "transportation management system": (("tms", "transport management system", "tms system"), _TMS),
    "warehouse management system": (("wms", "wms system"), _WMS),
    "donor database": (
        ("donor management system", "fundraising database", "donor crm", "fundraising crm"),
        _DONOR_DATABASES,
    ),
    "social media management tool": (
        (
            "social media scheduling tool",
            "social media management platform",
            "social media management software",
        ),
        _SOCIAL_TOOLS,
    ),
}

# Every named member of a category ("React", "Epic", "Apache Spark"): a product, whatever category it is in.
NAMED_MEMBERS = frozenset(name for _, names in CATEGORIES.values() for name in names)

# Categories whose members the sources group for us: ESCO broader skills and O*NET commodity groups.
SOURCE_GROUPS: dict[str, tuple[str, ...]] = {
    "programming language": (
        "computer programming",
    ),  # ESCO: Haskell, Python, Java, ... are its narrower skills
    "version control": ("file versioning software",),  # O*NET: Git, Subversion, Mercurial, Perforce
}

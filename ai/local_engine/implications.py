"""What a named thing shows besides itself: a stack its parts ("MERN"), a tool the language or field it is
built on (Django shows Python, MySQL shows SQL). Written by hand from general industry knowledge."""

# Stacks and bundles: a resume naming one shows each of its parts.
STACKS: dict[str, tuple[str, ...]] = {
    "MERN": ("MongoDB", "Express.js", "React", "Node.js"),
    "MEAN": ("MongoDB", "Express.js", "Angular", "Node.js"),
    "MEVN": ("MongoDB", "Express.js", "Vue.js", "Node.js"),
    "LAMP": ("Linux", "Apache HTTP Server", "MySQL", "PHP"),
    "ELK": ("Elasticsearch", "Logstash", "Kibana"),
    "JAMstack": ("JavaScript", "Application programming interface"),
}

# A tool shows the language or field it is built on.
IMPLIES: dict[str, tuple[str, ...]] = {
    # Front-end frameworks are built for user interfaces: a resume building with one has built UI.
    "React": ("JavaScript", "User interface"), "Angular": ("JavaScript", "User interface"),
    "Vue.js": ("JavaScript", "User interface"), "Svelte": ("JavaScript", "User interface"),
    "Next.js": ("React", "JavaScript", "User interface"), "Node.js": ("JavaScript",),
    "Express.js": ("Node.js", "JavaScript"),
    "jQuery": ("JavaScript",), "TypeScript": ("JavaScript",), "Redux": ("React", "JavaScript"),
    "React Native": ("React", "JavaScript", "User interface"), "Django": ("Python",), "Flask": ("Python",),
    "FastAPI": ("Python",), "pandas": ("Python",), "NumPy": ("Python",), "scikit-learn": ("Python",),
    "PyTorch": ("Python", "Machine learning", "Deep learning"),
    "TensorFlow": ("Machine learning", "Deep learning"),
    "Keras": ("Python", "Deep learning"), "Spring Boot": ("Java", "Spring"), "Spring": ("Java",),
    "Ruby on Rails": ("Ruby",), "Laravel": ("PHP",), "MySQL": ("SQL",), "PostgreSQL": ("SQL",),
    "Microsoft SQL Server": ("SQL",), "SQLite": ("SQL",), "MariaDB": ("SQL",), "Oracle Database": ("SQL",),
    # Warehouses queried in SQL: a resume that names one has written SQL, and used a data warehouse.
    "Amazon Redshift": ("SQL", "Data warehouse", "Data warehousing", "Amazon Web Services"),
    "Snowflake": ("SQL", "Data warehouse", "Data warehousing"),
    "BigQuery": ("SQL", "Data warehouse", "Data warehousing"),
    # Accounting work is posted to the general ledger: journal entries and account reconciliations show it.
    "Journal entries": ("General ledger",),
    "Account reconciliation": ("General ledger",),
    # Business-intelligence tools: dashboards in one are business intelligence, data visualization and data
    # analytics (a posting's "a data analytics tool").
    "Tableau": ("business intelligence", "Data visualization", "data analytics"),
    "Power BI": ("business intelligence", "Data visualization", "data analytics"),
    "Looker": ("business intelligence", "Data visualization", "data analytics"),
    "Looker Studio": ("business intelligence", "Data visualization", "data analytics"),
    "Qlik": ("business intelligence", "Data visualization", "data analytics"),
    # Data-loading tools are extract-transform-load work.
    "Fivetran": ("Extract, transform, load",), "Airbyte": ("Extract, transform, load",),
    # .NET work (ASP.NET Core, Entity Framework) is C# work.
    ".NET": ("C#",), "Entity Framework": ("C#",),
    "Salesforce Sales Cloud": ("Salesforce",), "Salesforce Service Cloud": ("Salesforce",),
    "Salesforce Experience Cloud": ("Salesforce",), "Salesforce Marketing Cloud": ("Salesforce",),
    "Amazon EKS": ("Kubernetes", "Amazon Web Services"), "Amazon ECS": ("Amazon Web Services",),
    "Amazon RDS": ("Amazon Web Services",), "Amazon SQS": ("Amazon Web Services",),
    "AWS CloudFormation": ("Amazon Web Services",), "Sass": ("CSS",), "Tailwind CSS": ("CSS",),
    "Bootstrap": ("CSS", "HTML"), "GitHub Actions": ("Git", "Continuous integration"),
    "Jenkins": ("Continuous integration",), "CircleCI": ("Continuous integration",),
    "Travis CI": ("Continuous integration",), "Bitrise": ("Continuous integration",),
    "GitLab CI": ("Git", "Continuous integration"),
    "Scrum": ("Agile",), "Kanban": ("Agile",), "PySpark": ("Python", "Apache Spark"),
    "Jest": ("JavaScript", "Test-driven development"),
    "Bash": ("Shell scripting",), "Zsh": ("Shell scripting",),
    "Kotlin": ("Java",), "Amazon S3": ("Amazon Web Services",), "Amazon EC2": ("Amazon Web Services",),
    "AWS Lambda": ("Amazon Web Services",), "Amazon DynamoDB": ("Amazon Web Services",),
    # Language models and their libraries are natural language processing.
    "Large language models": ("Natural language processing",), "spaCy": ("Natural language processing",),
    "NLTK": ("Natural language processing",),
    # Writing unit tests with a test framework is close to test-driven development (partial credit).
    "JUnit": ("Test-driven development",), "pytest": ("Test-driven development",),
    "NUnit": ("Test-driven development",), "RSpec": ("Test-driven development",),
    # Posting on a platform is social media work (not Facebook, YouTube or Twitter: also employers' names).
    "Instagram": ("Social media",), "TikTok": ("Social media",), "Pinterest": ("Social media",),
    "Snapchat": ("Social media",), "Hootsuite": ("Social media",), "Meta Ads": ("Social media",),
    # A star schema or a dimensional model is a data model; a VPN client run for users is VPN work.
    "Star schema": ("Data modeling",), "Dimensional modeling": ("Data modeling",),
    "Palo Alto GlobalProtect": ("VPN",), "Cisco AnyConnect": ("VPN",),
    # Testing a site's variants is conversion work; planning in a project tool is project management.
    "Google Optimize": ("A/B testing", "Conversion rate optimization"),
    "VWO": ("A/B testing", "Conversion rate optimization"),
    "Optimizely": ("A/B testing", "Conversion rate optimization"),
    "Intelligems": ("A/B testing", "Conversion rate optimization"),
    "Asana": ("Project management",), "Monday.com": ("Project management",),
    "Wrike": ("Project management",), "Smartsheet": ("Project management",),
    "Microsoft Project": ("Project management",),
    # A workbook in Excel or Google Sheets is spreadsheet work.
    "Microsoft Excel": ("Spreadsheet",), "Google Sheets": ("Spreadsheet",),
    # The 5 Whys and a fishbone diagram are root cause analysis.
    "5 Whys": ("Root cause analysis",), "Fishbone diagram": ("Root cause analysis",),
    # GDPR terms are data protection terms.
    "GDPR": ("data protection",),
    # Anti-money-laundering work is compliance work.
    "Anti-money laundering": ("Regulatory compliance",), "Know your customer": ("Regulatory compliance",),
    "Bank Secrecy Act": ("Regulatory compliance", "Anti-money laundering"),
    # Adobe's design, layout and video apps are the Creative Suite (Creative Cloud); After Effects is motion
    # graphics work.
    "Adobe Photoshop": ("Adobe Creative Suite", "Adobe Creative Cloud"),
    "Adobe Illustrator": ("Adobe Creative Suite", "Adobe Creative Cloud"),
    "Adobe InDesign": ("Adobe Creative Suite", "Adobe Creative Cloud"),
    "Adobe Premiere Pro": ("Adobe Creative Suite", "Adobe Creative Cloud"),
    "Adobe After Effects": ("Adobe Creative Suite", "Adobe Creative Cloud", "Motion graphics"),
    # Machine learning is statistical modelling; a computer science degree is taught algorithms.
    "Machine learning": ("Statistics",), "Computer science": ("algorithms",),
    # Attack tools are a penetration tester's; BloodHound maps Active Directory.
    "Metasploit": ("Penetration testing",), "Burp Suite": ("Penetration testing",),
    "Cobalt Strike": ("Penetration testing",), "Kali Linux": ("Penetration testing", "Linux"),
    "BloodHound": ("Active Directory",),
    # Search advertising is paid search.
    "Google Ads": ("Paid search",), "Bing Ads": ("Paid search",),
    # A/B tests are designed experiments.
    "A/B testing": ("Experimental design",),
    # A cashier ringing up sales on a register or till has worked a point-of-sale system.
    "Cash registers": ("Point of sale POS",),
    # An ERP suite is ERP work; SAP's suites are SAP's.
    "SAP S/4HANA": ("SAP ERP", "SAP", "Enterprise resource planning"),
    "SAP ERP": ("SAP", "Enterprise resource planning"),
    "Oracle E-Business Suite": ("Enterprise resource planning",),
    "Oracle NetSuite": ("Enterprise resource planning",),
    # Presenting to people and serving customers show communication.
    "Presentation skills": ("Communication",), "Customer focus": ("Communication",),
}  # fmt: skip

"""Decision memo building: HTML rendered to PDF, DOCX or HTML."""

/// A small document model and its writers (Markdown, HTML, CSV, JSON, DOCX).
public enum Rendering {}

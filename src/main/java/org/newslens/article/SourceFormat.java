package org.newslens.article;

public enum SourceFormat { TEXT, MARKDOWN, HTML, PDF, EPUB, DOCX, EMAIL }

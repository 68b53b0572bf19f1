// Full-text search (org.pathgraph.search.SearchLanguage holds the same table). A full-text index
// has one analyzer, so each language has its own index over a label the import sets from the
// object's or path's language: Dutch, English and French stem; any other language goes to the
// `Other` index, which only tokenises and lower-cases (English stop words make no sense there).
// `searchText` is the object's body as plain text, made at import and bounded in size.
CREATE FULLTEXT INDEX search_objects_nl IF NOT EXISTS
  FOR (n:SearchNl) ON EACH [n.title, n.description, n.keywords, n.searchText]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'dutch'}};
CREATE FULLTEXT INDEX search_objects_en IF NOT EXISTS
  FOR (n:SearchEn) ON EACH [n.title, n.description, n.keywords, n.searchText]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};
CREATE FULLTEXT INDEX search_objects_fr IF NOT EXISTS
  FOR (n:SearchFr) ON EACH [n.title, n.description, n.keywords, n.searchText]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'french'}};
CREATE FULLTEXT INDEX search_objects_other IF NOT EXISTS
  FOR (n:SearchOther) ON EACH [n.title, n.description, n.keywords, n.searchText]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}};
CREATE FULLTEXT INDEX search_paths_nl IF NOT EXISTS
  FOR (n:SearchPathNl) ON EACH [n.title, n.description]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'dutch'}};
CREATE FULLTEXT INDEX search_paths_en IF NOT EXISTS
  FOR (n:SearchPathEn) ON EACH [n.title, n.description]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};
CREATE FULLTEXT INDEX search_paths_fr IF NOT EXISTS
  FOR (n:SearchPathFr) ON EACH [n.title, n.description]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'french'}};
CREATE FULLTEXT INDEX search_paths_other IF NOT EXISTS
  FOR (n:SearchPathOther) ON EACH [n.title, n.description]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}};

// Full-text search (org.pathgraph.search.SearchLanguage holds the same table). A full-text index
// has one analyzer, so each language has its own index over a label the import sets from the
// object's or path's language: Dutch, English and French stem; any other language goes to the
// `Other` index, which only tokenises and lower-cases (English stop words make no sense there).
// `searchText` is the object's body as plain text, made at import and bounded in size.
// Objects have an index per audience too: `search_objects_xx` holds every object (admins),
// `_teacher` those teachers may see (`SearchXxTeacher`), `_learner` those learners may see
// (`SearchXxLearner`). Lucene weighs a word by how many indexed objects hold it, so a score from a
// shared index would tell a learner how many hidden objects hold the words searched for.
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
CREATE FULLTEXT INDEX search_objects_nl_teacher IF NOT EXISTS
  FOR (n:SearchNlTeacher) ON EACH [n.title, n.description, n.keywords, n.searchText]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'dutch'}};
CREATE FULLTEXT INDEX search_objects_nl_learner IF NOT EXISTS
  FOR (n:SearchNlLearner) ON EACH [n.title, n.description, n.keywords, n.searchText]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'dutch'}};
CREATE FULLTEXT INDEX search_objects_en_teacher IF NOT EXISTS
  FOR (n:SearchEnTeacher) ON EACH [n.title, n.description, n.keywords, n.searchText]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};
CREATE FULLTEXT INDEX search_objects_en_learner IF NOT EXISTS
  FOR (n:SearchEnLearner) ON EACH [n.title, n.description, n.keywords, n.searchText]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};
CREATE FULLTEXT INDEX search_objects_fr_teacher IF NOT EXISTS
  FOR (n:SearchFrTeacher) ON EACH [n.title, n.description, n.keywords, n.searchText]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'french'}};
CREATE FULLTEXT INDEX search_objects_fr_learner IF NOT EXISTS
  FOR (n:SearchFrLearner) ON EACH [n.title, n.description, n.keywords, n.searchText]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'french'}};
CREATE FULLTEXT INDEX search_objects_other_teacher IF NOT EXISTS
  FOR (n:SearchOtherTeacher) ON EACH [n.title, n.description, n.keywords, n.searchText]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}};
CREATE FULLTEXT INDEX search_objects_other_learner IF NOT EXISTS
  FOR (n:SearchOtherLearner) ON EACH [n.title, n.description, n.keywords, n.searchText]
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

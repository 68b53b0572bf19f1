UNWIND $uris AS uri
CREATE (:Concept {uri: uri})

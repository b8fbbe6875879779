# tests/sarif/check.jq - validates a SARIF 2.1.0 log (jq 1.6 or later).
#
#   jq -e -f tests/sarif/check.jq LOG.sarif
#
# Prints `true` and exits 0 when the log is valid.  Otherwise it stops with
# a jq error (exit 5) whose message lists every problem found, one per line,
# each naming the JSON path at fault, e.g.
#
#   jq: error (at rkt.sarif:80): invalid SARIF 2.1.0 (2 problems):
#     $.runs[0].results[3].level: "fatal" is not one of none, note, warning, error
#     $.runs[0].results[3].ruleIndex: 7 but tool.driver.rules has 5 rules
#
# What is checked comes from the OASIS SARIF 2.1.0 standard and its JSON
# schema (sarif-schema-2.1.0.json): for the objects a static-analysis log
# uses - sarifLog, run, tool, toolComponent, reportingDescriptor, result,
# message, location, physicalLocation, artifactLocation, region - their
# required properties, the types and ranges of their properties, the enums
# (level, kind, columnKind, baselineState), and no property the schema does
# not define (every one of these objects is "additionalProperties": false;
# only property bags, `properties`, are open).  Objects the schema defines
# but this checker does not descend into (invocations, codeFlows, fixes...)
# are checked only for being of the right JSON type.
#
# A few rules are stricter than the schema; they are what GitHub code
# scanning (upload-sarif) needs of a result to show it as an annotation,
# and each is marked [profile] below:
#   - run.results is present (the standard requires it for an actual scan);
#   - result.ruleId is present and result.message has `text` (the schema
#     also allows a message by `id` alone, taken from the rule's strings);
#   - result.locations is present, and each location has a physicalLocation
#     with an artifactLocation.uri and a region with a startLine;
#   - the ids of tool.driver.rules are distinct, so a ruleId names one rule.
#
# It is not a full JSON-schema validator: formats such as date-time and
# GUID patterns of objects it does not descend into are not checked.

# ---- helpers: each returns an array of problem strings ---------------

def isint: type == "number" and . == floor;

def show: tojson | if length > 60 then .[:57] + "..." else . end;

def obj($p):
  if type == "object" then [] else ["\($p): must be an object, found \(type)"] end;

# Properties the schema does not define for this object.
def known($p; $allowed):
  [keys_unsorted[] | select(. as $k | $allowed | index([$k]) | not)
   | "\($p).\(.): unknown property (not defined by SARIF 2.1.0 for this object)"];

def req($p; $k):
  if has($k) then [] else ["\($p): required property '\($k)' is missing"] end;

def str($p; $k):
  if has($k) and (.[$k] | type) != "string"
  then ["\($p).\($k): must be a string, found \(.[$k] | show)"] else [] end;

def intmin($p; $k; $min):
  if has($k) and ((.[$k] | isint and . >= $min) | not)
  then ["\($p).\($k): must be an integer >= \($min), found \(.[$k] | show)"] else [] end;

def oneof($p; $k; $values):
  if has($k) and ((.[$k]) as $v | $values | index([$v]) | not)
  then ["\($p).\($k): \(.[$k] | show) is not one of \($values | join(", "))"] else [] end;

def typed($p; $k; $t):
  if has($k) and (.[$k] | type) != $t
  then ["\($p).\($k): must be an \($t), found \(.[$k] | type)"] else [] end;

def strarray($p; $k):
  if has($k) | not then []
  elif (.[$k] | type) != "array" then ["\($p).\($k): must be an array, found \(.[$k] | type)"]
  else [.[$k] | to_entries[] | select(.value | type != "string")
        | "\($p).\($k)[\(.key)]: must be a string, found \(.value | show)"] end;

# jq passes filters, not functions, as arguments: so each validator X($p)
# below has a companion X_at that takes [path, value] as its input, and
# these two apply one to each element of the array .[$k], or to .[$k].
def each($p; $k; f):
  if has($k) | not then []
  elif (.[$k] | type) != "array" then ["\($p).\($k): must be an array, found \(.[$k] | type)"]
  else [.[$k] | to_entries[] | ["\($p).\($k)[\(.key)]", .value] | f[]] end;

def one($p; $k; f):
  if has($k) then (["\($p).\($k)", .[$k]] | f) else [] end;

# A URI reference (RFC 3986): only the characters a URI may hold, and a
# `%` always followed by two hex digits.
def uriref($p; $k):
  if has($k) and (.[$k] | type) == "string" and
     ((.[$k] | test("^([A-Za-z0-9._~:/?#\\[\\]@!$&'()*+,;=-]|%[0-9A-Fa-f]{2})*$")) | not)
  then ["\($p).\($k): \(.[$k] | show) is not a valid URI reference (spaces and other characters must be percent-encoded)"]
  else [] end;

# ---- the objects ------------------------------------------------------

def mmstring($p):           # multiformatMessageString
  if type != "object" then obj($p) else
    known($p; ["text", "markdown", "properties"])
    + req($p; "text") + str($p; "text") + str($p; "markdown")
    + typed($p; "properties"; "object")
  end;
def mmstring_at: .[0] as $p | .[1] | mmstring($p);

def message($p):
  if type != "object" then obj($p) else
    known($p; ["text", "markdown", "id", "arguments", "properties"])
    + (if has("text") or has("id") then [] else ["\($p): a message needs 'text' or 'id'"] end)
    + (if has("id") and (has("text") | not) then ["\($p): [profile] a message needs 'text', not only an 'id'"] else [] end)
    + str($p; "text") + str($p; "markdown") + str($p; "id") + strarray($p; "arguments")
    + typed($p; "properties"; "object")
  end;
def message_at: .[0] as $p | .[1] | message($p);

def region($p):
  if type != "object" then obj($p) else
    known($p; ["startLine", "startColumn", "endLine", "endColumn", "charOffset", "charLength",
               "byteOffset", "byteLength", "snippet", "message", "sourceLanguage", "properties"])
    + (if has("startLine") or has("charOffset") or has("byteOffset") then []
       else ["\($p): a region needs startLine, charOffset or byteOffset"] end)
    + (if has("startLine") or ((has("charOffset") or has("byteOffset")) | not) then []
       else ["\($p): [profile] a region needs a startLine"] end)
    + intmin($p; "startLine"; 1) + intmin($p; "startColumn"; 1)
    + intmin($p; "endLine"; 1) + intmin($p; "endColumn"; 1)
    + intmin($p; "charOffset"; -1) + intmin($p; "charLength"; 0)
    + intmin($p; "byteOffset"; -1) + intmin($p; "byteLength"; 0)
    + (if (.startLine | isint) and (.endLine | isint) and .endLine < .startLine
       then ["\($p).endLine: \(.endLine) is before startLine \(.startLine)"] else [] end)
    + (if (.startLine | isint) and (.startColumn | isint) and (.endColumn | isint)
          and ((.endLine // .startLine) == .startLine) and .endColumn < .startColumn
       then ["\($p).endColumn: \(.endColumn) is before startColumn \(.startColumn) on the same line"] else [] end)
    + one($p; "message"; message_at) + str($p; "sourceLanguage")
    + typed($p; "snippet"; "object") + typed($p; "properties"; "object")
  end;
def region_at: .[0] as $p | .[1] | region($p);

def artifactLocation($p):
  if type != "object" then obj($p) else
    known($p; ["uri", "uriBaseId", "index", "description", "properties"])
    + req($p; "uri") + str($p; "uri") + uriref($p; "uri")
    + str($p; "uriBaseId") + intmin($p; "index"; -1)
    + one($p; "description"; message_at) + typed($p; "properties"; "object")
  end;
def artifactLocation_at: .[0] as $p | .[1] | artifactLocation($p);

def physicalLocation($p):
  if type != "object" then obj($p) else
    known($p; ["address", "artifactLocation", "region", "contextRegion", "properties"])
    + (if has("address") or has("artifactLocation") then []
       else ["\($p): a physicalLocation needs an artifactLocation or an address"] end)
    + (if has("artifactLocation") then [] else ["\($p): [profile] required property 'artifactLocation' is missing"] end)
    + (if has("region") then [] else ["\($p): [profile] required property 'region' is missing"] end)
    + one($p; "artifactLocation"; artifactLocation_at)
    + one($p; "region"; region_at) + one($p; "contextRegion"; region_at)
    + typed($p; "address"; "object") + typed($p; "properties"; "object")
  end;
def physicalLocation_at: .[0] as $p | .[1] | physicalLocation($p);

def location($p):
  if type != "object" then obj($p) else
    known($p; ["id", "physicalLocation", "logicalLocations", "message", "annotations",
               "relationships", "properties"])
    + (if has("physicalLocation") then [] else ["\($p): [profile] required property 'physicalLocation' is missing"] end)
    + intmin($p; "id"; -1)
    + one($p; "physicalLocation"; physicalLocation_at)
    + one($p; "message"; message_at)
    + each($p; "annotations"; region_at)
    + typed($p; "logicalLocations"; "array") + typed($p; "relationships"; "array")
    + typed($p; "properties"; "object")
  end;
def location_at: .[0] as $p | .[1] | location($p);

def reportingDescriptor($p):
  if type != "object" then obj($p) else
    known($p; ["id", "deprecatedIds", "guid", "deprecatedGuids", "name", "deprecatedNames",
               "shortDescription", "fullDescription", "messageStrings", "defaultConfiguration",
               "helpUri", "help", "relationships", "properties"])
    + req($p; "id") + str($p; "id") + str($p; "name") + str($p; "guid") + str($p; "helpUri")
    + strarray($p; "deprecatedIds") + strarray($p; "deprecatedGuids") + strarray($p; "deprecatedNames")
    + one($p; "shortDescription"; mmstring_at) + one($p; "fullDescription"; mmstring_at)
    + one($p; "help"; mmstring_at)
    + typed($p; "messageStrings"; "object") + typed($p; "defaultConfiguration"; "object")
    + typed($p; "relationships"; "array") + typed($p; "properties"; "object")
  end;
def reportingDescriptor_at: .[0] as $p | .[1] | reportingDescriptor($p);

def toolComponent($p):
  if type != "object" then obj($p) else
    known($p; ["guid", "name", "organization", "product", "productSuite", "shortDescription",
               "fullDescription", "fullName", "version", "semanticVersion", "dottedQuadFileVersion",
               "releaseDateUtc", "downloadUri", "informationUri", "globalMessageStrings",
               "notifications", "rules", "taxa", "locations", "language", "contents",
               "isComprehensive", "localizedDataSemanticVersion",
               "minimumRequiredLocalizedDataSemanticVersion", "associatedComponent",
               "translationMetadata", "supportedTaxonomies", "properties"])
    + req($p; "name")
    + ([ "guid", "name", "organization", "product", "productSuite", "fullName", "version",
         "semanticVersion", "dottedQuadFileVersion", "releaseDateUtc", "downloadUri",
         "informationUri", "language", "localizedDataSemanticVersion",
         "minimumRequiredLocalizedDataSemanticVersion" ] as $s
       | [$s[] as $k | str($p; $k)[]])
    + one($p; "shortDescription"; mmstring_at) + one($p; "fullDescription"; mmstring_at)
    + each($p; "rules"; reportingDescriptor_at) + each($p; "notifications"; reportingDescriptor_at)
    + each($p; "taxa"; reportingDescriptor_at)
    + (if (.rules | type) == "array" then
         [.rules | to_entries | map(select(.value | type == "object" and has("id")))
          | group_by(.value.id)[] | select(length > 1)
          | "\($p).rules: [profile] id \(.[0].value.id | show) is used by rules \(map(.key) | join(", "))"]
       else [] end)
    + (if has("isComprehensive") and (.isComprehensive | type) != "boolean"
       then ["\($p).isComprehensive: must be a boolean"] else [] end)
    + typed($p; "properties"; "object")
  end;
def toolComponent_at: .[0] as $p | .[1] | toolComponent($p);

def tool($p):
  if type != "object" then obj($p) else
    known($p; ["driver", "extensions", "properties"])
    + req($p; "driver") + one($p; "driver"; toolComponent_at)
    + each($p; "extensions"; toolComponent_at)
    + typed($p; "properties"; "object")
  end;
def tool_at: .[0] as $p | .[1] | tool($p);

# $rules: the run's tool.driver.rules, to resolve ruleIndex (null: unknown).
def result($p; $rules):
  if type != "object" then obj($p) else
    known($p; ["ruleId", "ruleIndex", "rule", "kind", "level", "message", "analysisTarget",
               "locations", "guid", "correlationGuid", "occurrenceCount", "partialFingerprints",
               "fingerprints", "stacks", "codeFlows", "graphs", "graphTraversals",
               "relatedLocations", "suppressions", "baselineState", "rank", "attachments",
               "hostedViewerUri", "workItemUris", "provenance", "fixes", "taxa", "webRequest",
               "webResponse", "properties"])
    + req($p; "message") + one($p; "message"; message_at)
    + (if has("ruleId") then [] else ["\($p): [profile] required property 'ruleId' is missing"] end)
    + str($p; "ruleId") + intmin($p; "ruleIndex"; -1)
    + (if $rules != null and (.ruleIndex | isint) and .ruleIndex >= 0 then
         .ruleIndex as $i
         | if ($rules | type) != "array" or $i >= ($rules | length)
           then ["\($p).ruleIndex: \($i) but tool.driver.rules has \(if ($rules | type) == "array" then $rules | length else 0 end) rules"]
           elif has("ruleId") and ($rules[$i] | type) == "object" and $rules[$i].id != .ruleId
           then ["\($p).ruleIndex: \($i) points at rule \($rules[$i].id | show), but ruleId is \(.ruleId | show)"]
           else [] end
       else [] end)
    + oneof($p; "level"; ["none", "note", "warning", "error"])
    + oneof($p; "kind"; ["notApplicable", "pass", "fail", "review", "open", "informational"])
    + (if has("kind") and .kind != "fail" and has("level") and .level != "none"
       then ["\($p).level: must be \"none\" when kind is \(.kind | show)"] else [] end)
    + oneof($p; "baselineState"; ["new", "unchanged", "updated", "absent"])
    + (if has("locations") then [] else ["\($p): [profile] required property 'locations' is missing"] end)
    + each($p; "locations"; location_at) + each($p; "relatedLocations"; location_at)
    + one($p; "analysisTarget"; artifactLocation_at)
    + intmin($p; "occurrenceCount"; 1)
    + (if has("rank") and ((.rank | type == "number" and . >= -1 and . <= 100) | not)
       then ["\($p).rank: must be a number from -1 to 100"] else [] end)
    + str($p; "guid") + str($p; "correlationGuid") + str($p; "hostedViewerUri")
    + strarray($p; "workItemUris")
    + typed($p; "partialFingerprints"; "object") + typed($p; "fingerprints"; "object")
    + typed($p; "rule"; "object") + typed($p; "provenance"; "object")
    + ([ "stacks", "codeFlows", "graphs", "graphTraversals", "suppressions", "attachments",
         "fixes", "taxa" ] as $a | [$a[] as $k | typed($p; $k; "array")[]])
    + typed($p; "properties"; "object")
  end;

def run($p):
  if type != "object" then obj($p) else
    known($p; ["tool", "invocations", "conversion", "language", "versionControlProvenance",
               "originalUriBaseIds", "artifacts", "logicalLocations", "graphs", "results",
               "automationDetails", "runAggregates", "baselineGuid", "redactionTokens",
               "defaultEncoding", "defaultSourceLanguage", "newlineSequences", "columnKind",
               "externalPropertyFileReferences", "threadFlowLocations", "taxonomies",
               "addresses", "translations", "policies", "webRequests", "webResponses",
               "specialLocations", "properties"])
    + req($p; "tool") + one($p; "tool"; tool_at)
    + (if has("results") then [] else ["\($p): [profile] required property 'results' is missing"] end)
    # Without a proper tool.driver, ruleIndex cannot be resolved: skip it
    # rather than report every result again.
    + ((if (.tool | type) == "object" and (.tool.driver | type) == "object"
        then .tool.driver.rules // [] else null end) as $rules
       | if has("results") and (.results | type) != "array"
         then ["\($p).results: must be an array, found \(.results | type)"]
         elif has("results")
         then [.results | to_entries[] | .key as $i | .value | result("\($p).results[\($i)]"; $rules)[]]
         else [] end)
    + oneof($p; "columnKind"; ["utf16CodeUnits", "unicodeCodePoints"])
    + str($p; "language") + str($p; "defaultEncoding") + str($p; "defaultSourceLanguage")
    + str($p; "baselineGuid") + strarray($p; "redactionTokens") + strarray($p; "newlineSequences")
    + ([ "invocations", "versionControlProvenance", "artifacts", "logicalLocations", "graphs",
         "runAggregates", "threadFlowLocations", "taxonomies", "addresses", "translations",
         "policies", "webRequests", "webResponses" ] as $a | [$a[] as $k | typed($p; $k; "array")[]])
    + ([ "conversion", "originalUriBaseIds", "automationDetails",
         "externalPropertyFileReferences", "specialLocations", "properties" ] as $o
       | [$o[] as $k | typed($p; $k; "object")[]])
  end;
def run_at: .[0] as $p | .[1] | run($p);

def sarifLog:
  "$" as $p
  | if type != "object" then ["\($p): a SARIF log must be a JSON object, found \(type)"] else
      known($p; ["$schema", "version", "runs", "inlineExternalProperties", "properties"])
      + req($p; "version")
      + (if has("version") and .version != "2.1.0"
         then ["\($p).version: must be \"2.1.0\", found \(.version | show)"] else [] end)
      + str($p; "$schema")
      + req($p; "runs")
      # The schema allows "runs": null, for a tool that failed to start.
      + (if has("runs") and .runs != null then each($p; "runs"; run_at) else [] end)
      + typed($p; "inlineExternalProperties"; "array")
      + typed($p; "properties"; "object")
    end;

sarifLog as $errs
| if ($errs | length) == 0 then true
  else error("invalid SARIF 2.1.0 (\($errs | length) problem\(if ($errs | length) == 1 then "" else "s" end)):\n  "
             + ($errs | join("\n  ")))
  end

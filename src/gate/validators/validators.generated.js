/* Generated from schemas/ by scripts/compile-validators.ts (npm run validators). Do not edit by hand. */
// ajv/dist/runtime/ucs2length: length in code points (minLength, maxLength).
function ucs2length(str) {
  const len = str.length;
  let length = 0;
  let pos = 0;
  let value;
  while (pos < len) {
    length++;
    value = str.charCodeAt(pos++);
    if (value >= 0xd800 && value <= 0xdbff && pos < len) {
      value = str.charCodeAt(pos);
      if ((value & 0xfc00) === 0xdc00) pos++;
    }
  }
  return length;
}

// ajv/dist/runtime/equal (fast-deep-equal) for parsed YAML/JSON data: uniqueItems over lists and maps.
function equal(a, b) {
  if (a === b) return true;
  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;
    if (Array.isArray(a)) {
      if (a.length !== b.length) return false;
      for (let i = a.length; i-- !== 0; ) if (!equal(a[i], b[i])) return false;
      return true;
    }
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    for (let i = keys.length; i-- !== 0; ) if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
    for (let i = keys.length; i-- !== 0; ) if (!equal(a[keys[i]], b[keys[i]])) return false;
    return true;
  }
  return a !== a && b !== b;
}

// ajv-formats' full "date" format (RFC 3339 full-date): YYYY-MM-DD naming a real day.
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function isLeapYear(year) {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
function date(str) {
  const matches = DATE.exec(str);
  if (!matches) return false;
  const year = +matches[1];
  const month = +matches[2];
  const day = +matches[3];
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
}
const __formats = { date: { validate: date } };

/** The hash of the schemas these validators were generated from (schema-data.ts schemasHash). */
export const SCHEMAS_HASH = "1219cbc4";

/** schemas/handbook.schema.json */
export const validateHandbook = /* @__PURE__ */ (() => {
const schema35 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"handbook.schema.json","description":"standards/handbook.yaml: the handbook's identity, its locales, the taxonomies every standard picks from, the grading rule and the scoring settings.","type":"object","required":["title","organisation","version","defaultLocale","locales","taxonomies","grading"],"additionalProperties":false,"properties":{"$schema":{"type":"string","description":"Optional path to this schema, for editors."},"title":{"$ref":"defs.schema.json#/$defs/text","description":"Title of the handbook, shown on every page."},"organisation":{"$ref":"defs.schema.json#/$defs/text","description":"The organisation whose standards these are."},"summary":{"$ref":"defs.schema.json#/$defs/text","description":"What the handbook covers, in a sentence or two, shown on the home page."},"version":{"$ref":"defs.schema.json#/$defs/version","description":"Version of the handbook as a whole; audit records name it so that old scores can be re-read against the right standards."},"defaultLocale":{"type":"string","enum":["zh-CN","en"],"description":"The locale of plain-string texts, and the one shown when a translation is missing."},"locales":{"type":"array","description":"Every locale the handbook is published in; must include the default locale.","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["zh-CN","en"]}},"site":{"type":"object","description":"How the handbook site presents the standards.","additionalProperties":false,"properties":{"listPageSize":{"type":"integer","minimum":5,"maximum":1000,"default":100,"description":"At most this many entries on one page of the touchpoint, SOP and case indexes. A longer section is split into numbered pages, and its index links each filter value to the search page filtered by it. \"My progress\" sends its list with the page up to this many knowledge checks; a longer list is loaded by the page, and shows this many not yet taken at a time. Default 100."},"publishAudits":{"type":"boolean","default":false,"description":"Whether the site publishes the audit records of audits/ with the other standards files at /data/source/audits/…, auditor names and notes included. Off by default: the editor does not need them, and a public site would show them to anyone."}}},"repository":{"type":"object","description":"Where the standards live, so that \"edit this standard\" links and pull requests reach the right repository.","required":["owner","name"],"additionalProperties":false,"properties":{"host":{"type":"string","enum":["github"],"default":"github","description":"The git host; only GitHub for now."},"owner":{"type":"string","minLength":1,"description":"The user or organisation that owns the repository."},"name":{"type":"string","minLength":1,"description":"The repository's name."},"branch":{"type":"string","minLength":1,"default":"main","description":"The branch pull requests are opened against."},"basePath":{"type":"string","default":"standards","description":"The handbook folder's path inside the repository."},"api":{"type":"string","minLength":1,"default":"https://api.github.com","description":"The REST API the editor sends pull requests to: https://api.github.com, or a GitHub Enterprise server's API. An https address without user name, password, query or fragment; http only to this machine (localhost, 127.0.0.1, [::1]), for tests and local mirrors. The editor sends the author's token to this address only; it is fixed when the site is built and nothing in the browser can change it."}}},"taxonomies":{"type":"object","description":"The value lists standards pick from. A standard naming a value that is not listed here is an error.","required":["industries","categories","journeyStages","channels","dimensions","tiers"],"additionalProperties":false,"properties":{"industries":{"$ref":"#/$defs/terms","description":"Industries the handbook covers (property management, hospital, bank …)."},"categories":{"$ref":"#/$defs/terms","description":"Categories of touchpoints (entrance, counter, hall, online service …)."},"journeyStages":{"$ref":"#/$defs/terms","description":"Stages of the customer journey: pre-sale, in-sale, after-sale."},"channels":{"$ref":"#/$defs/terms","description":"Kinds of interaction: physical, digital, emotional."},"dimensions":{"$ref":"#/$defs/terms","description":"Dimensions standard items are grouped by: visual, auditory, olfactory, behaviour …"},"tiers":{"$ref":"#/$defs/terms","description":"Tiers of standards: basic, value-added, emergency."}}},"grading":{"type":"object","description":"The impact × frequency rule that grades every touchpoint.","required":["levels","grades","matrix"],"additionalProperties":false,"properties":{"levels":{"$ref":"#/$defs/terms","description":"Levels used for both impact and frequency, from high to low."},"grades":{"$ref":"#/$defs/terms","description":"Grades from the most to the least important (key, important, general), each with what it gets as its description."},"matrix":{"type":"array","description":"One cell per combination of impact level and frequency level, naming the grade it yields. Every combination must be present once.","minItems":1,"items":{"type":"object","description":"One cell of the grading matrix.","required":["impact","frequency","grade"],"additionalProperties":false,"properties":{"impact":{"$ref":"defs.schema.json#/$defs/id","x-taxonomy":"grading.levels","description":"An impact level from grading.levels."},"frequency":{"$ref":"defs.schema.json#/$defs/id","x-taxonomy":"grading.levels","description":"A frequency level from grading.levels."},"grade":{"$ref":"defs.schema.json#/$defs/id","x-taxonomy":"grading.grades","description":"The grade this cell yields, from grading.grades."}}}}}},"scoring":{"type":"object","description":"How audits and self-assessments are graded (see SCORING.md).","additionalProperties":false,"properties":{"bands":{"$ref":"defs.schema.json#/$defs/bands","description":"Score bands, highest first. Default: green ≥ 90, amber ≥ 75, red below."},"passMark":{"type":"number","minimum":0,"maximum":100,"default":75,"description":"The overall score an audit needs to pass, 0–100. Default 75."},"maturityLevels":{"type":"array","description":"Named levels for items with the maturity answer set, each with its value between 0 and 1.","items":{"type":"object","description":"One maturity level.","required":["id","label","value"],"additionalProperties":false,"properties":{"id":{"$ref":"defs.schema.json#/$defs/id","description":"Id of the level, used in audit responses."},"label":{"$ref":"defs.schema.json#/$defs/text","description":"Name of the level."},"value":{"type":"number","minimum":0,"maximum":1,"description":"The share of the item's weight this level earns, 0 to 1."}}}}}},"knowledgeCheck":{"type":"object","description":"Settings for the new hires' knowledge checks.","additionalProperties":false,"properties":{"passMark":{"type":"number","minimum":0,"maximum":100,"default":80,"description":"Share of right answers, in percent, needed to pass a knowledge check. Default 80."}}}},"$defs":{"term":{"type":"object","description":"One value of a taxonomy.","required":["id","label"],"additionalProperties":false,"properties":{"id":{"$ref":"defs.schema.json#/$defs/id","description":"The value standards write."},"label":{"$ref":"defs.schema.json#/$defs/text","description":"The name readers see."},"description":{"$ref":"defs.schema.json#/$defs/text","description":"What the value means, for authors and readers."}}},"terms":{"type":"array","description":"A list of taxonomy values.","minItems":1,"items":{"$ref":"#/$defs/term"}}}};
const schema37 = {"type":["string","object"],"description":"Human text: a plain string in the handbook's default locale, or a map from locale (zh-CN, en) to the text in that locale.","minLength":1,"minProperties":1,"propertyNames":{"pattern":"^[a-z]{2}(?:-[A-Z]{2})?$"},"additionalProperties":{"type":"string","minLength":1}};
const schema40 = {"type":"string","description":"A version number: MAJOR.MINOR or MAJOR.MINOR.PATCH. Raise it with every published change and add a changelog entry.","pattern":"^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?$"};
const schema43 = {"type":"string","description":"A stable identifier: lower-case letters, digits and single hyphens (kebab-case). Never change it once published: other files and audit records refer to it.","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":80};
const func3 = Object.prototype.hasOwnProperty;
const func1 = ucs2length;
const pattern4 = new RegExp("^[a-z]{2}(?:-[A-Z]{2})?$", "u");
const pattern7 = new RegExp("^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?$", "u");
const pattern8 = new RegExp("^[a-z0-9]+(?:-[a-z0-9]+)*$", "u");
const schema41 = {"type":"array","description":"A list of taxonomy values.","minItems":1,"items":{"$ref":"#/$defs/term"}};
const schema42 = {"type":"object","description":"One value of a taxonomy.","required":["id","label"],"additionalProperties":false,"properties":{"id":{"$ref":"defs.schema.json#/$defs/id","description":"The value standards write."},"label":{"$ref":"defs.schema.json#/$defs/text","description":"The name readers see."},"description":{"$ref":"defs.schema.json#/$defs/text","description":"What the value means, for authors and readers."}}};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.label === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "id") || (key0 === "label")) || (key0 === "description"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func1(data0) > 80){
const err3 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern8.test(data0)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.label !== undefined){
let data1 = data.label;
if((typeof data1 !== "string") && (!(data1 && typeof data1 == "object" && !Array.isArray(data1)))){
const err6 = {instancePath:instancePath+"/label",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err7 = {instancePath:instancePath+"/label",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(Object.keys(data1).length < 1){
const err8 = {instancePath:instancePath+"/label",schemaPath:"defs.schema.json#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data1){
const _errs8 = errors;
if(typeof key1 === "string"){
if(!pattern4.test(key1)){
const err9 = {instancePath:instancePath+"/label",schemaPath:"defs.schema.json#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
var valid3 = _errs8 === errors;
if(!valid3){
const err10 = {instancePath:instancePath+"/label",schemaPath:"defs.schema.json#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
for(const key2 in data1){
let data2 = data1[key2];
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err11 = {instancePath:instancePath+"/label/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/label/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
}
if(data.description !== undefined){
let data3 = data.description;
if((typeof data3 !== "string") && (!(data3 && typeof data3 == "object" && !Array.isArray(data3)))){
const err13 = {instancePath:instancePath+"/description",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err14 = {instancePath:instancePath+"/description",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(Object.keys(data3).length < 1){
const err15 = {instancePath:instancePath+"/description",schemaPath:"defs.schema.json#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key3 in data3){
const _errs15 = errors;
if(typeof key3 === "string"){
if(!pattern4.test(key3)){
const err16 = {instancePath:instancePath+"/description",schemaPath:"defs.schema.json#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
var valid6 = _errs15 === errors;
if(!valid6){
const err17 = {instancePath:instancePath+"/description",schemaPath:"defs.schema.json#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
for(const key4 in data3){
let data4 = data3[key4];
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err18 = {instancePath:instancePath+"/description/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/description/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.type,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length < 1){
const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate27(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.type,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema49 = {"type":"array","description":"Score bands from the highest to the lowest; the lowest must start at 0.","minItems":1,"items":{"$ref":"#/$defs/band"}};
const schema50 = {"type":"object","description":"A score band: scores at or above min (and below the next band up) get this band.","required":["id","min","label"],"additionalProperties":false,"properties":{"id":{"$ref":"#/$defs/id","description":"Id of the band, such as green, amber or red."},"min":{"type":"number","minimum":0,"maximum":100,"description":"The lowest score (0–100) in this band."},"label":{"$ref":"#/$defs/text","description":"Name of the band as shown to auditors."},"color":{"type":"string","pattern":"^#[0-9a-fA-F]{6}$","description":"Colour used to show the band, as #rrggbb."}}};
const pattern16 = new RegExp("^#[0-9a-fA-F]{6}$", "u");

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.min === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "min"},message:"must have required property '"+"min"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.label === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "min")) || (key0 === "label")) || (key0 === "color"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func1(data0) > 80){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern8.test(data0)){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.min !== undefined){
let data1 = data.min;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 100 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/min",schemaPath:"#/properties/min/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema50.properties.min,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/min",schemaPath:"#/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema50.properties.min,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/min",schemaPath:"#/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema50.properties.min.type,parentSchema:schema50.properties.min,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.label !== undefined){
let data2 = data.label;
if((typeof data2 !== "string") && (!(data2 && typeof data2 == "object" && !Array.isArray(data2)))){
const err10 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err11 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(Object.keys(data2).length < 1){
const err12 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data2){
const _errs10 = errors;
if(typeof key1 === "string"){
if(!pattern4.test(key1)){
const err13 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var valid3 = _errs10 === errors;
if(!valid3){
const err14 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
for(const key2 in data2){
let data3 = data2[key2];
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err15 = {instancePath:instancePath+"/label/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/label/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
}
if(data.color !== undefined){
let data4 = data.color;
if(typeof data4 === "string"){
if(!pattern16.test(data4)){
const err17 = {instancePath:instancePath+"/color",schemaPath:"#/properties/color/pattern",keyword:"pattern",params:{pattern: "^#[0-9a-fA-F]{6}$"},message:"must match pattern \""+"^#[0-9a-fA-F]{6}$"+"\"",schema:"^#[0-9a-fA-F]{6}$",parentSchema:schema50.properties.color,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/color",schemaPath:"#/properties/color/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.color.type,parentSchema:schema50.properties.color,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.type,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length < 1){
const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate38(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.type,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="handbook.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.organisation === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "organisation"},message:"must have required property '"+"organisation"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.version === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.defaultLocale === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "defaultLocale"},message:"must have required property '"+"defaultLocale"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.locales === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "locales"},message:"must have required property '"+"locales"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.taxonomies === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "taxonomies"},message:"must have required property '"+"taxonomies"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.grading === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "grading"},message:"must have required property '"+"grading"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(func3.call(schema35.properties, key0))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err8 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.$schema.type,parentSchema:schema35.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if((typeof data1 !== "string") && (!(data1 && typeof data1 == "object" && !Array.isArray(data1)))){
const err9 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err10 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(Object.keys(data1).length < 1){
const err11 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key1 in data1){
const _errs7 = errors;
if(typeof key1 === "string"){
if(!pattern4.test(key1)){
const err12 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
var valid2 = _errs7 === errors;
if(!valid2){
const err13 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
for(const key2 in data1){
let data2 = data1[key2];
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err14 = {instancePath:instancePath+"/title/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/title/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
}
if(data.organisation !== undefined){
let data3 = data.organisation;
if((typeof data3 !== "string") && (!(data3 && typeof data3 == "object" && !Array.isArray(data3)))){
const err16 = {instancePath:instancePath+"/organisation",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err17 = {instancePath:instancePath+"/organisation",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(Object.keys(data3).length < 1){
const err18 = {instancePath:instancePath+"/organisation",schemaPath:"defs.schema.json#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key3 in data3){
const _errs14 = errors;
if(typeof key3 === "string"){
if(!pattern4.test(key3)){
const err19 = {instancePath:instancePath+"/organisation",schemaPath:"defs.schema.json#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
var valid5 = _errs14 === errors;
if(!valid5){
const err20 = {instancePath:instancePath+"/organisation",schemaPath:"defs.schema.json#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data3};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
for(const key4 in data3){
let data4 = data3[key4];
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err21 = {instancePath:instancePath+"/organisation/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/organisation/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
}
if(data.summary !== undefined){
let data5 = data.summary;
if((typeof data5 !== "string") && (!(data5 && typeof data5 == "object" && !Array.isArray(data5)))){
const err23 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(typeof data5 === "string"){
if(func1(data5) < 1){
const err24 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(Object.keys(data5).length < 1){
const err25 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key5 in data5){
const _errs21 = errors;
if(typeof key5 === "string"){
if(!pattern4.test(key5)){
const err26 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key5,propertyName:key5};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
var valid8 = _errs21 === errors;
if(!valid8){
const err27 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key5},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data5};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
for(const key6 in data5){
let data6 = data5[key6];
if(typeof data6 === "string"){
if(func1(data6) < 1){
const err28 = {instancePath:instancePath+"/summary/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data6};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/summary/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data6};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
}
if(data.version !== undefined){
let data7 = data.version;
if(typeof data7 === "string"){
if(!pattern7.test(data7)){
const err30 = {instancePath:instancePath+"/version",schemaPath:"defs.schema.json#/$defs/version/pattern",keyword:"pattern",params:{pattern: "^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?$"},message:"must match pattern \""+"^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?$"+"\"",schema:"^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?$",parentSchema:schema40,data:data7};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/version",schemaPath:"defs.schema.json#/$defs/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data7};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.defaultLocale !== undefined){
let data8 = data.defaultLocale;
if(typeof data8 !== "string"){
const err32 = {instancePath:instancePath+"/defaultLocale",schemaPath:"#/properties/defaultLocale/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.defaultLocale.type,parentSchema:schema35.properties.defaultLocale,data:data8};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!((data8 === "zh-CN") || (data8 === "en"))){
const err33 = {instancePath:instancePath+"/defaultLocale",schemaPath:"#/properties/defaultLocale/enum",keyword:"enum",params:{allowedValues: schema35.properties.defaultLocale.enum},message:"must be equal to one of the allowed values",schema:schema35.properties.defaultLocale.enum,parentSchema:schema35.properties.defaultLocale,data:data8};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.locales !== undefined){
let data9 = data.locales;
if(Array.isArray(data9)){
if(data9.length < 1){
const err34 = {instancePath:instancePath+"/locales",schemaPath:"#/properties/locales/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema35.properties.locales,data:data9};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(typeof data10 !== "string"){
const err35 = {instancePath:instancePath+"/locales/" + i0,schemaPath:"#/properties/locales/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.locales.items.type,parentSchema:schema35.properties.locales.items,data:data10};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!((data10 === "zh-CN") || (data10 === "en"))){
const err36 = {instancePath:instancePath+"/locales/" + i0,schemaPath:"#/properties/locales/items/enum",keyword:"enum",params:{allowedValues: schema35.properties.locales.items.enum},message:"must be equal to one of the allowed values",schema:schema35.properties.locales.items.enum,parentSchema:schema35.properties.locales.items,data:data10};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
let i1 = data9.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data9[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err37 = {instancePath:instancePath+"/locales",schemaPath:"#/properties/locales/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema35.properties.locales,data:data9};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err38 = {instancePath:instancePath+"/locales",schemaPath:"#/properties/locales/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.locales.type,parentSchema:schema35.properties.locales,data:data9};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.site !== undefined){
let data11 = data.site;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key7 in data11){
if(!((key7 === "listPageSize") || (key7 === "publishAudits"))){
const err39 = {instancePath:instancePath+"/site",schemaPath:"#/properties/site/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.site,data:data11};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data11.listPageSize !== undefined){
let data12 = data11.listPageSize;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err40 = {instancePath:instancePath+"/site/listPageSize",schemaPath:"#/properties/site/properties/listPageSize/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema35.properties.site.properties.listPageSize.type,parentSchema:schema35.properties.site.properties.listPageSize,data:data12};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 1000 || isNaN(data12)){
const err41 = {instancePath:instancePath+"/site/listPageSize",schemaPath:"#/properties/site/properties/listPageSize/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema35.properties.site.properties.listPageSize,data:data12};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data12 < 5 || isNaN(data12)){
const err42 = {instancePath:instancePath+"/site/listPageSize",schemaPath:"#/properties/site/properties/listPageSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 5},message:"must be >= 5",schema:5,parentSchema:schema35.properties.site.properties.listPageSize,data:data12};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
if(data11.publishAudits !== undefined){
let data13 = data11.publishAudits;
if(typeof data13 !== "boolean"){
const err43 = {instancePath:instancePath+"/site/publishAudits",schemaPath:"#/properties/site/properties/publishAudits/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema35.properties.site.properties.publishAudits.type,parentSchema:schema35.properties.site.properties.publishAudits,data:data13};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/site",schemaPath:"#/properties/site/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.site.type,parentSchema:schema35.properties.site,data:data11};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.repository !== undefined){
let data14 = data.repository;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.owner === undefined){
const err45 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/required",keyword:"required",params:{missingProperty: "owner"},message:"must have required property '"+"owner"+"'",schema:schema35.properties.repository.required,parentSchema:schema35.properties.repository,data:data14};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data14.name === undefined){
const err46 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema35.properties.repository.required,parentSchema:schema35.properties.repository,data:data14};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
for(const key8 in data14){
if(!((((((key8 === "host") || (key8 === "owner")) || (key8 === "name")) || (key8 === "branch")) || (key8 === "basePath")) || (key8 === "api"))){
const err47 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.repository,data:data14};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data14.host !== undefined){
let data15 = data14.host;
if(typeof data15 !== "string"){
const err48 = {instancePath:instancePath+"/repository/host",schemaPath:"#/properties/repository/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.repository.properties.host.type,parentSchema:schema35.properties.repository.properties.host,data:data15};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(!(data15 === "github")){
const err49 = {instancePath:instancePath+"/repository/host",schemaPath:"#/properties/repository/properties/host/enum",keyword:"enum",params:{allowedValues: schema35.properties.repository.properties.host.enum},message:"must be equal to one of the allowed values",schema:schema35.properties.repository.properties.host.enum,parentSchema:schema35.properties.repository.properties.host,data:data15};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data14.owner !== undefined){
let data16 = data14.owner;
if(typeof data16 === "string"){
if(func1(data16) < 1){
const err50 = {instancePath:instancePath+"/repository/owner",schemaPath:"#/properties/repository/properties/owner/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.repository.properties.owner,data:data16};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/repository/owner",schemaPath:"#/properties/repository/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.repository.properties.owner.type,parentSchema:schema35.properties.repository.properties.owner,data:data16};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data14.name !== undefined){
let data17 = data14.name;
if(typeof data17 === "string"){
if(func1(data17) < 1){
const err52 = {instancePath:instancePath+"/repository/name",schemaPath:"#/properties/repository/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.repository.properties.name,data:data17};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/repository/name",schemaPath:"#/properties/repository/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.repository.properties.name.type,parentSchema:schema35.properties.repository.properties.name,data:data17};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data14.branch !== undefined){
let data18 = data14.branch;
if(typeof data18 === "string"){
if(func1(data18) < 1){
const err54 = {instancePath:instancePath+"/repository/branch",schemaPath:"#/properties/repository/properties/branch/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.repository.properties.branch,data:data18};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/repository/branch",schemaPath:"#/properties/repository/properties/branch/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.repository.properties.branch.type,parentSchema:schema35.properties.repository.properties.branch,data:data18};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data14.basePath !== undefined){
let data19 = data14.basePath;
if(typeof data19 !== "string"){
const err56 = {instancePath:instancePath+"/repository/basePath",schemaPath:"#/properties/repository/properties/basePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.repository.properties.basePath.type,parentSchema:schema35.properties.repository.properties.basePath,data:data19};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data14.api !== undefined){
let data20 = data14.api;
if(typeof data20 === "string"){
if(func1(data20) < 1){
const err57 = {instancePath:instancePath+"/repository/api",schemaPath:"#/properties/repository/properties/api/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.repository.properties.api,data:data20};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/repository/api",schemaPath:"#/properties/repository/properties/api/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.repository.properties.api.type,parentSchema:schema35.properties.repository.properties.api,data:data20};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.repository.type,parentSchema:schema35.properties.repository,data:data14};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data.taxonomies !== undefined){
let data21 = data.taxonomies;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.industries === undefined){
const err60 = {instancePath:instancePath+"/taxonomies",schemaPath:"#/properties/taxonomies/required",keyword:"required",params:{missingProperty: "industries"},message:"must have required property '"+"industries"+"'",schema:schema35.properties.taxonomies.required,parentSchema:schema35.properties.taxonomies,data:data21};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data21.categories === undefined){
const err61 = {instancePath:instancePath+"/taxonomies",schemaPath:"#/properties/taxonomies/required",keyword:"required",params:{missingProperty: "categories"},message:"must have required property '"+"categories"+"'",schema:schema35.properties.taxonomies.required,parentSchema:schema35.properties.taxonomies,data:data21};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data21.journeyStages === undefined){
const err62 = {instancePath:instancePath+"/taxonomies",schemaPath:"#/properties/taxonomies/required",keyword:"required",params:{missingProperty: "journeyStages"},message:"must have required property '"+"journeyStages"+"'",schema:schema35.properties.taxonomies.required,parentSchema:schema35.properties.taxonomies,data:data21};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data21.channels === undefined){
const err63 = {instancePath:instancePath+"/taxonomies",schemaPath:"#/properties/taxonomies/required",keyword:"required",params:{missingProperty: "channels"},message:"must have required property '"+"channels"+"'",schema:schema35.properties.taxonomies.required,parentSchema:schema35.properties.taxonomies,data:data21};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data21.dimensions === undefined){
const err64 = {instancePath:instancePath+"/taxonomies",schemaPath:"#/properties/taxonomies/required",keyword:"required",params:{missingProperty: "dimensions"},message:"must have required property '"+"dimensions"+"'",schema:schema35.properties.taxonomies.required,parentSchema:schema35.properties.taxonomies,data:data21};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data21.tiers === undefined){
const err65 = {instancePath:instancePath+"/taxonomies",schemaPath:"#/properties/taxonomies/required",keyword:"required",params:{missingProperty: "tiers"},message:"must have required property '"+"tiers"+"'",schema:schema35.properties.taxonomies.required,parentSchema:schema35.properties.taxonomies,data:data21};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
for(const key9 in data21){
if(!((((((key9 === "industries") || (key9 === "categories")) || (key9 === "journeyStages")) || (key9 === "channels")) || (key9 === "dimensions")) || (key9 === "tiers"))){
const err66 = {instancePath:instancePath+"/taxonomies",schemaPath:"#/properties/taxonomies/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.taxonomies,data:data21};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data21.industries !== undefined){
if(!(validate26(data21.industries, {instancePath:instancePath+"/taxonomies/industries",parentData:data21,parentDataProperty:"industries",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data21.categories !== undefined){
if(!(validate26(data21.categories, {instancePath:instancePath+"/taxonomies/categories",parentData:data21,parentDataProperty:"categories",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data21.journeyStages !== undefined){
if(!(validate26(data21.journeyStages, {instancePath:instancePath+"/taxonomies/journeyStages",parentData:data21,parentDataProperty:"journeyStages",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data21.channels !== undefined){
if(!(validate26(data21.channels, {instancePath:instancePath+"/taxonomies/channels",parentData:data21,parentDataProperty:"channels",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data21.dimensions !== undefined){
if(!(validate26(data21.dimensions, {instancePath:instancePath+"/taxonomies/dimensions",parentData:data21,parentDataProperty:"dimensions",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data21.tiers !== undefined){
if(!(validate26(data21.tiers, {instancePath:instancePath+"/taxonomies/tiers",parentData:data21,parentDataProperty:"tiers",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err67 = {instancePath:instancePath+"/taxonomies",schemaPath:"#/properties/taxonomies/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.taxonomies.type,parentSchema:schema35.properties.taxonomies,data:data21};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data.grading !== undefined){
let data28 = data.grading;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if(data28.levels === undefined){
const err68 = {instancePath:instancePath+"/grading",schemaPath:"#/properties/grading/required",keyword:"required",params:{missingProperty: "levels"},message:"must have required property '"+"levels"+"'",schema:schema35.properties.grading.required,parentSchema:schema35.properties.grading,data:data28};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data28.grades === undefined){
const err69 = {instancePath:instancePath+"/grading",schemaPath:"#/properties/grading/required",keyword:"required",params:{missingProperty: "grades"},message:"must have required property '"+"grades"+"'",schema:schema35.properties.grading.required,parentSchema:schema35.properties.grading,data:data28};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(data28.matrix === undefined){
const err70 = {instancePath:instancePath+"/grading",schemaPath:"#/properties/grading/required",keyword:"required",params:{missingProperty: "matrix"},message:"must have required property '"+"matrix"+"'",schema:schema35.properties.grading.required,parentSchema:schema35.properties.grading,data:data28};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
for(const key10 in data28){
if(!(((key10 === "levels") || (key10 === "grades")) || (key10 === "matrix"))){
const err71 = {instancePath:instancePath+"/grading",schemaPath:"#/properties/grading/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.grading,data:data28};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data28.levels !== undefined){
if(!(validate26(data28.levels, {instancePath:instancePath+"/grading/levels",parentData:data28,parentDataProperty:"levels",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data28.grades !== undefined){
if(!(validate26(data28.grades, {instancePath:instancePath+"/grading/grades",parentData:data28,parentDataProperty:"grades",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data28.matrix !== undefined){
let data31 = data28.matrix;
if(Array.isArray(data31)){
if(data31.length < 1){
const err72 = {instancePath:instancePath+"/grading/matrix",schemaPath:"#/properties/grading/properties/matrix/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema35.properties.grading.properties.matrix,data:data31};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
const len1 = data31.length;
for(let i2=0; i2<len1; i2++){
let data32 = data31[i2];
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
if(data32.impact === undefined){
const err73 = {instancePath:instancePath+"/grading/matrix/" + i2,schemaPath:"#/properties/grading/properties/matrix/items/required",keyword:"required",params:{missingProperty: "impact"},message:"must have required property '"+"impact"+"'",schema:schema35.properties.grading.properties.matrix.items.required,parentSchema:schema35.properties.grading.properties.matrix.items,data:data32};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(data32.frequency === undefined){
const err74 = {instancePath:instancePath+"/grading/matrix/" + i2,schemaPath:"#/properties/grading/properties/matrix/items/required",keyword:"required",params:{missingProperty: "frequency"},message:"must have required property '"+"frequency"+"'",schema:schema35.properties.grading.properties.matrix.items.required,parentSchema:schema35.properties.grading.properties.matrix.items,data:data32};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(data32.grade === undefined){
const err75 = {instancePath:instancePath+"/grading/matrix/" + i2,schemaPath:"#/properties/grading/properties/matrix/items/required",keyword:"required",params:{missingProperty: "grade"},message:"must have required property '"+"grade"+"'",schema:schema35.properties.grading.properties.matrix.items.required,parentSchema:schema35.properties.grading.properties.matrix.items,data:data32};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
for(const key11 in data32){
if(!(((key11 === "impact") || (key11 === "frequency")) || (key11 === "grade"))){
const err76 = {instancePath:instancePath+"/grading/matrix/" + i2,schemaPath:"#/properties/grading/properties/matrix/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.grading.properties.matrix.items,data:data32};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data32.impact !== undefined){
let data33 = data32.impact;
if(typeof data33 === "string"){
if(func1(data33) > 80){
const err77 = {instancePath:instancePath+"/grading/matrix/" + i2+"/impact",schemaPath:"defs.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data33};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(!pattern8.test(data33)){
const err78 = {instancePath:instancePath+"/grading/matrix/" + i2+"/impact",schemaPath:"defs.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data33};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
else {
const err79 = {instancePath:instancePath+"/grading/matrix/" + i2+"/impact",schemaPath:"defs.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data33};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data32.frequency !== undefined){
let data34 = data32.frequency;
if(typeof data34 === "string"){
if(func1(data34) > 80){
const err80 = {instancePath:instancePath+"/grading/matrix/" + i2+"/frequency",schemaPath:"defs.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data34};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(!pattern8.test(data34)){
const err81 = {instancePath:instancePath+"/grading/matrix/" + i2+"/frequency",schemaPath:"defs.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data34};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
else {
const err82 = {instancePath:instancePath+"/grading/matrix/" + i2+"/frequency",schemaPath:"defs.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data34};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data32.grade !== undefined){
let data35 = data32.grade;
if(typeof data35 === "string"){
if(func1(data35) > 80){
const err83 = {instancePath:instancePath+"/grading/matrix/" + i2+"/grade",schemaPath:"defs.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data35};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(!pattern8.test(data35)){
const err84 = {instancePath:instancePath+"/grading/matrix/" + i2+"/grade",schemaPath:"defs.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data35};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
else {
const err85 = {instancePath:instancePath+"/grading/matrix/" + i2+"/grade",schemaPath:"defs.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data35};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
else {
const err86 = {instancePath:instancePath+"/grading/matrix/" + i2,schemaPath:"#/properties/grading/properties/matrix/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.grading.properties.matrix.items.type,parentSchema:schema35.properties.grading.properties.matrix.items,data:data32};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
else {
const err87 = {instancePath:instancePath+"/grading/matrix",schemaPath:"#/properties/grading/properties/matrix/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.grading.properties.matrix.type,parentSchema:schema35.properties.grading.properties.matrix,data:data31};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath:instancePath+"/grading",schemaPath:"#/properties/grading/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.grading.type,parentSchema:schema35.properties.grading,data:data28};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data.scoring !== undefined){
let data36 = data.scoring;
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
for(const key12 in data36){
if(!(((key12 === "bands") || (key12 === "passMark")) || (key12 === "maturityLevels"))){
const err89 = {instancePath:instancePath+"/scoring",schemaPath:"#/properties/scoring/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.scoring,data:data36};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data36.bands !== undefined){
if(!(validate37(data36.bands, {instancePath:instancePath+"/scoring/bands",parentData:data36,parentDataProperty:"bands",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
if(data36.passMark !== undefined){
let data38 = data36.passMark;
if((typeof data38 == "number") && (isFinite(data38))){
if(data38 > 100 || isNaN(data38)){
const err90 = {instancePath:instancePath+"/scoring/passMark",schemaPath:"#/properties/scoring/properties/passMark/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema35.properties.scoring.properties.passMark,data:data38};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if(data38 < 0 || isNaN(data38)){
const err91 = {instancePath:instancePath+"/scoring/passMark",schemaPath:"#/properties/scoring/properties/passMark/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema35.properties.scoring.properties.passMark,data:data38};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
else {
const err92 = {instancePath:instancePath+"/scoring/passMark",schemaPath:"#/properties/scoring/properties/passMark/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema35.properties.scoring.properties.passMark.type,parentSchema:schema35.properties.scoring.properties.passMark,data:data38};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data36.maturityLevels !== undefined){
let data39 = data36.maturityLevels;
if(Array.isArray(data39)){
const len2 = data39.length;
for(let i3=0; i3<len2; i3++){
let data40 = data39[i3];
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
if(data40.id === undefined){
const err93 = {instancePath:instancePath+"/scoring/maturityLevels/" + i3,schemaPath:"#/properties/scoring/properties/maturityLevels/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema35.properties.scoring.properties.maturityLevels.items.required,parentSchema:schema35.properties.scoring.properties.maturityLevels.items,data:data40};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if(data40.label === undefined){
const err94 = {instancePath:instancePath+"/scoring/maturityLevels/" + i3,schemaPath:"#/properties/scoring/properties/maturityLevels/items/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema35.properties.scoring.properties.maturityLevels.items.required,parentSchema:schema35.properties.scoring.properties.maturityLevels.items,data:data40};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(data40.value === undefined){
const err95 = {instancePath:instancePath+"/scoring/maturityLevels/" + i3,schemaPath:"#/properties/scoring/properties/maturityLevels/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema35.properties.scoring.properties.maturityLevels.items.required,parentSchema:schema35.properties.scoring.properties.maturityLevels.items,data:data40};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
for(const key13 in data40){
if(!(((key13 === "id") || (key13 === "label")) || (key13 === "value"))){
const err96 = {instancePath:instancePath+"/scoring/maturityLevels/" + i3,schemaPath:"#/properties/scoring/properties/maturityLevels/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.scoring.properties.maturityLevels.items,data:data40};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data40.id !== undefined){
let data41 = data40.id;
if(typeof data41 === "string"){
if(func1(data41) > 80){
const err97 = {instancePath:instancePath+"/scoring/maturityLevels/" + i3+"/id",schemaPath:"defs.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data41};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(!pattern8.test(data41)){
const err98 = {instancePath:instancePath+"/scoring/maturityLevels/" + i3+"/id",schemaPath:"defs.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data41};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
else {
const err99 = {instancePath:instancePath+"/scoring/maturityLevels/" + i3+"/id",schemaPath:"defs.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data41};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data40.label !== undefined){
let data42 = data40.label;
if((typeof data42 !== "string") && (!(data42 && typeof data42 == "object" && !Array.isArray(data42)))){
const err100 = {instancePath:instancePath+"/scoring/maturityLevels/" + i3+"/label",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data42};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if(typeof data42 === "string"){
if(func1(data42) < 1){
const err101 = {instancePath:instancePath+"/scoring/maturityLevels/" + i3+"/label",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data42};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
if(Object.keys(data42).length < 1){
const err102 = {instancePath:instancePath+"/scoring/maturityLevels/" + i3+"/label",schemaPath:"defs.schema.json#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data42};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
for(const key14 in data42){
const _errs104 = errors;
if(typeof key14 === "string"){
if(!pattern4.test(key14)){
const err103 = {instancePath:instancePath+"/scoring/maturityLevels/" + i3+"/label",schemaPath:"defs.schema.json#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key14,propertyName:key14};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
var valid30 = _errs104 === errors;
if(!valid30){
const err104 = {instancePath:instancePath+"/scoring/maturityLevels/" + i3+"/label",schemaPath:"defs.schema.json#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key14},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data42};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
for(const key15 in data42){
let data43 = data42[key15];
if(typeof data43 === "string"){
if(func1(data43) < 1){
const err105 = {instancePath:instancePath+"/scoring/maturityLevels/" + i3+"/label/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data43};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
else {
const err106 = {instancePath:instancePath+"/scoring/maturityLevels/" + i3+"/label/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data43};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
}
if(data40.value !== undefined){
let data44 = data40.value;
if((typeof data44 == "number") && (isFinite(data44))){
if(data44 > 1 || isNaN(data44)){
const err107 = {instancePath:instancePath+"/scoring/maturityLevels/" + i3+"/value",schemaPath:"#/properties/scoring/properties/maturityLevels/items/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema35.properties.scoring.properties.maturityLevels.items.properties.value,data:data44};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
if(data44 < 0 || isNaN(data44)){
const err108 = {instancePath:instancePath+"/scoring/maturityLevels/" + i3+"/value",schemaPath:"#/properties/scoring/properties/maturityLevels/items/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema35.properties.scoring.properties.maturityLevels.items.properties.value,data:data44};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
else {
const err109 = {instancePath:instancePath+"/scoring/maturityLevels/" + i3+"/value",schemaPath:"#/properties/scoring/properties/maturityLevels/items/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema35.properties.scoring.properties.maturityLevels.items.properties.value.type,parentSchema:schema35.properties.scoring.properties.maturityLevels.items.properties.value,data:data44};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
}
else {
const err110 = {instancePath:instancePath+"/scoring/maturityLevels/" + i3,schemaPath:"#/properties/scoring/properties/maturityLevels/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.scoring.properties.maturityLevels.items.type,parentSchema:schema35.properties.scoring.properties.maturityLevels.items,data:data40};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
}
else {
const err111 = {instancePath:instancePath+"/scoring/maturityLevels",schemaPath:"#/properties/scoring/properties/maturityLevels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.scoring.properties.maturityLevels.type,parentSchema:schema35.properties.scoring.properties.maturityLevels,data:data39};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
}
else {
const err112 = {instancePath:instancePath+"/scoring",schemaPath:"#/properties/scoring/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.scoring.type,parentSchema:schema35.properties.scoring,data:data36};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data.knowledgeCheck !== undefined){
let data45 = data.knowledgeCheck;
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
for(const key16 in data45){
if(!(key16 === "passMark")){
const err113 = {instancePath:instancePath+"/knowledgeCheck",schemaPath:"#/properties/knowledgeCheck/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.knowledgeCheck,data:data45};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data45.passMark !== undefined){
let data46 = data45.passMark;
if((typeof data46 == "number") && (isFinite(data46))){
if(data46 > 100 || isNaN(data46)){
const err114 = {instancePath:instancePath+"/knowledgeCheck/passMark",schemaPath:"#/properties/knowledgeCheck/properties/passMark/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema35.properties.knowledgeCheck.properties.passMark,data:data46};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
if(data46 < 0 || isNaN(data46)){
const err115 = {instancePath:instancePath+"/knowledgeCheck/passMark",schemaPath:"#/properties/knowledgeCheck/properties/passMark/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema35.properties.knowledgeCheck.properties.passMark,data:data46};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
else {
const err116 = {instancePath:instancePath+"/knowledgeCheck/passMark",schemaPath:"#/properties/knowledgeCheck/properties/passMark/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema35.properties.knowledgeCheck.properties.passMark.type,parentSchema:schema35.properties.knowledgeCheck.properties.passMark,data:data46};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
}
else {
const err117 = {instancePath:instancePath+"/knowledgeCheck",schemaPath:"#/properties/knowledgeCheck/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.knowledgeCheck.type,parentSchema:schema35.properties.knowledgeCheck,data:data45};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
}
else {
const err118 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
return validate24;
})();

/** schemas/touchpoint.schema.json */
export const validateTouchpoint = /* @__PURE__ */ (() => {
const schema55 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"touchpoint.schema.json","description":"standards/touchpoints/<id>.yaml: one place or moment where a customer meets the organisation, with the checkable items that make up its standard.","type":"object","required":["id","code","title","industry","category","journeyStage","channel","impact","frequency","owner","version","effective","reviewBy","changelog","items"],"additionalProperties":false,"properties":{"$schema":{"type":"string","description":"Optional path to this schema, for editors."},"id":{"$ref":"defs.schema.json#/$defs/id","description":"Stable id of the touchpoint, unique in the handbook; by convention the file's name."},"code":{"type":"string","pattern":"^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$","description":"The short code staff use for the touchpoint, such as PM-01."},"title":{"$ref":"defs.schema.json#/$defs/text","description":"Name of the touchpoint."},"summary":{"$ref":"defs.schema.json#/$defs/text","description":"What the customer meets here and why it matters, in a sentence or two."},"industry":{"$ref":"defs.schema.json#/$defs/id","x-taxonomy":"industries","description":"Industry, from the handbook's taxonomies.industries."},"category":{"$ref":"defs.schema.json#/$defs/id","x-taxonomy":"categories","description":"Category, from the handbook's taxonomies.categories."},"journeyStage":{"$ref":"defs.schema.json#/$defs/id","x-taxonomy":"journeyStages","description":"Stage of the customer journey, from taxonomies.journeyStages (pre-sale, in-sale, after-sale)."},"channel":{"$ref":"defs.schema.json#/$defs/id","x-taxonomy":"channels","description":"Kind of interaction, from taxonomies.channels (physical, digital, emotional)."},"impact":{"$ref":"defs.schema.json#/$defs/id","x-taxonomy":"grading.levels","description":"How much this touchpoint shapes the customer's experience, from grading.levels."},"frequency":{"$ref":"defs.schema.json#/$defs/id","x-taxonomy":"grading.levels","description":"How often customers meet it, from grading.levels."},"gradeOverride":{"type":"object","description":"Sets the grade by hand instead of the impact × frequency rule, for example a rare touchpoint that makes customers very angry. A reason is required.","required":["grade","reason"],"additionalProperties":false,"properties":{"grade":{"$ref":"defs.schema.json#/$defs/id","x-taxonomy":"grading.grades","description":"The grade to use, from grading.grades."},"reason":{"$ref":"defs.schema.json#/$defs/text","description":"Why the rule's grade is not right here (evidence such as complaint intensity)."}}},"owner":{"$ref":"defs.schema.json#/$defs/owner"},"version":{"$ref":"defs.schema.json#/$defs/version","description":"Version of this standard; must equal the newest changelog entry's version."},"effective":{"$ref":"defs.schema.json#/$defs/date","description":"Date from which this version applies."},"reviewBy":{"$ref":"defs.schema.json#/$defs/date","description":"Date by which the owner reviews the standard again; a date in the past is flagged."},"changelog":{"$ref":"defs.schema.json#/$defs/changelog"},"indicators":{"$ref":"defs.schema.json#/$defs/textList","description":"Quality indicators (质量指标) the owner tracks for this touchpoint, such as complaint rate or waiting time."},"items":{"type":"array","description":"The checkable standard items (标准条目) of this touchpoint.","minItems":1,"items":{"$ref":"#/$defs/item"}},"sops":{"$ref":"defs.schema.json#/$defs/idList","x-ref":"sop","description":"Ids of the SOPs staff follow at this touchpoint."},"cases":{"$ref":"defs.schema.json#/$defs/idList","x-ref":"case","description":"Ids of cases from the case library to learn from."},"questions":{"$ref":"defs.schema.json#/$defs/questions"}},"$defs":{"item":{"type":"object","description":"One checkable statement an auditor can answer.","required":["id","text","dimension","tier"],"additionalProperties":false,"if":{"properties":{"answers":{"const":"measured"}},"required":["answers"]},"then":{"required":["threshold"]},"properties":{"id":{"$ref":"defs.schema.json#/$defs/id","description":"Stable id of the item, unique within the touchpoint; audit records refer to it."},"text":{"$ref":"defs.schema.json#/$defs/text","description":"What must be true, written so it can be checked."},"dimension":{"$ref":"defs.schema.json#/$defs/id","x-taxonomy":"dimensions","description":"Dimension, from taxonomies.dimensions (visual, auditory, olfactory, behaviour …)."},"tier":{"$ref":"defs.schema.json#/$defs/id","x-taxonomy":"tiers","description":"Tier, from taxonomies.tiers (basic, value-added, emergency)."},"weight":{"type":"number","minimum":0,"maximum":1000,"default":1,"description":"How much the item counts in a score, 0 to 1000; 0 records it without scoring. Default 1."},"critical":{"type":"string","enum":["none","section","audit"],"default":"none","description":"none: an ordinary item. section: failing it zeroes its section. audit: a red line (红线) — failing it fails the whole audit."},"answers":{"type":"string","enum":["binary","graded","maturity","measured"],"default":"graded","description":"How the item is answered: binary (conforms / fails), graded (conforms / partly / fails), maturity (the handbook's levels) or measured (a reading compared with the threshold)."},"naAllowed":{"type":"boolean","default":true,"description":"Whether an auditor may answer n/a (not applicable). Default true."},"threshold":{"$ref":"defs.schema.json#/$defs/threshold","description":"The measurable limit, such as >= 300 lux; required when answers is measured."},"check":{"$ref":"defs.schema.json#/$defs/text","description":"How to check the item on site: where to look, what to measure, with what."},"evidence":{"$ref":"defs.schema.json#/$defs/text","description":"Evidence the auditor should keep, such as a photo or a log entry."},"timeLimit":{"$ref":"defs.schema.json#/$defs/duration","description":"Time allowed to correct a failure of this item; sets the corrective action's due date."}}}}};
const schema43 = {"type":"string","description":"A stable identifier: lower-case letters, digits and single hyphens (kebab-case). Never change it once published: other files and audit records refer to it.","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":80};
const schema37 = {"type":["string","object"],"description":"Human text: a plain string in the handbook's default locale, or a map from locale (zh-CN, en) to the text in that locale.","minLength":1,"minProperties":1,"propertyNames":{"pattern":"^[a-z]{2}(?:-[A-Z]{2})?$"},"additionalProperties":{"type":"string","minLength":1}};
const schema40 = {"type":"string","description":"A version number: MAJOR.MINOR or MAJOR.MINOR.PATCH. Raise it with every published change and add a changelog entry.","pattern":"^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?$"};
const schema69 = {"type":"string","description":"A calendar date written YYYY-MM-DD.","format":"date"};
const func3 = Object.prototype.hasOwnProperty;
const func1 = ucs2length;
const pattern8 = new RegExp("^[a-z0-9]+(?:-[a-z0-9]+)*$", "u");
const pattern20 = new RegExp("^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$", "u");
const pattern4 = new RegExp("^[a-z]{2}(?:-[A-Z]{2})?$", "u");
const pattern7 = new RegExp("^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?$", "u");
const formats0 = __formats.date;
const schema71 = {"type":"array","description":"Published changes, newest first. The newest entry's version must equal the file's version.","minItems":1,"items":{"$ref":"#/$defs/changelogEntry"}};
const schema72 = {"type":"object","description":"One published change: which version, when it took effect and why.","required":["version","date","reason"],"additionalProperties":false,"properties":{"version":{"$ref":"#/$defs/version","description":"The version this change produced."},"date":{"$ref":"#/$defs/date","description":"The date the change took effect."},"reason":{"$ref":"#/$defs/text","description":"Why the standard changed, so that everyone understands what is different."}}};

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema72.required,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.date === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema72.required,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.reason === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema72.required,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "version") || (key0 === "date")) || (key0 === "reason"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.version !== undefined){
let data0 = data.version;
if(typeof data0 === "string"){
if(!pattern7.test(data0)){
const err4 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/version/pattern",keyword:"pattern",params:{pattern: "^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?$"},message:"must match pattern \""+"^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?$"+"\"",schema:"^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?$",parentSchema:schema40,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.date !== undefined){
let data1 = data.date;
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
const err6 = {instancePath:instancePath+"/date",schemaPath:"#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema69,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/date",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.type,parentSchema:schema69,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.reason !== undefined){
let data2 = data.reason;
if((typeof data2 !== "string") && (!(data2 && typeof data2 == "object" && !Array.isArray(data2)))){
const err8 = {instancePath:instancePath+"/reason",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err9 = {instancePath:instancePath+"/reason",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(Object.keys(data2).length < 1){
const err10 = {instancePath:instancePath+"/reason",schemaPath:"#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data2){
const _errs11 = errors;
if(typeof key1 === "string"){
if(!pattern4.test(key1)){
const err11 = {instancePath:instancePath+"/reason",schemaPath:"#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var valid4 = _errs11 === errors;
if(!valid4){
const err12 = {instancePath:instancePath+"/reason",schemaPath:"#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
for(const key2 in data2){
let data3 = data2[key2];
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err13 = {instancePath:instancePath+"/reason/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/reason/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.type,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate42.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length < 1){
const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate43(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema71.type,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate42.errors = vErrors;
return errors === 0;
}
validate42.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema76 = {"type":"array","description":"A list of human texts.","items":{"$ref":"#/$defs/text"}};

function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate46.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if((typeof data0 !== "string") && (!(data0 && typeof data0 == "object" && !Array.isArray(data0)))){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(Object.keys(data0).length < 1){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data0){
const _errs4 = errors;
if(typeof key0 === "string"){
if(!pattern4.test(key0)){
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var valid3 = _errs4 === errors;
if(!valid3){
const err4 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
for(const key1 in data0){
let data1 = data0[key1];
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err5 = {instancePath:instancePath+"/" + i0+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/" + i0+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema76.type,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate46.errors = vErrors;
return errors === 0;
}
validate46.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema78 = {"type":"object","description":"One checkable statement an auditor can answer.","required":["id","text","dimension","tier"],"additionalProperties":false,"if":{"properties":{"answers":{"const":"measured"}},"required":["answers"]},"then":{"required":["threshold"]},"properties":{"id":{"$ref":"defs.schema.json#/$defs/id","description":"Stable id of the item, unique within the touchpoint; audit records refer to it."},"text":{"$ref":"defs.schema.json#/$defs/text","description":"What must be true, written so it can be checked."},"dimension":{"$ref":"defs.schema.json#/$defs/id","x-taxonomy":"dimensions","description":"Dimension, from taxonomies.dimensions (visual, auditory, olfactory, behaviour …)."},"tier":{"$ref":"defs.schema.json#/$defs/id","x-taxonomy":"tiers","description":"Tier, from taxonomies.tiers (basic, value-added, emergency)."},"weight":{"type":"number","minimum":0,"maximum":1000,"default":1,"description":"How much the item counts in a score, 0 to 1000; 0 records it without scoring. Default 1."},"critical":{"type":"string","enum":["none","section","audit"],"default":"none","description":"none: an ordinary item. section: failing it zeroes its section. audit: a red line (红线) — failing it fails the whole audit."},"answers":{"type":"string","enum":["binary","graded","maturity","measured"],"default":"graded","description":"How the item is answered: binary (conforms / fails), graded (conforms / partly / fails), maturity (the handbook's levels) or measured (a reading compared with the threshold)."},"naAllowed":{"type":"boolean","default":true,"description":"Whether an auditor may answer n/a (not applicable). Default true."},"threshold":{"$ref":"defs.schema.json#/$defs/threshold","description":"The measurable limit, such as >= 300 lux; required when answers is measured."},"check":{"$ref":"defs.schema.json#/$defs/text","description":"How to check the item on site: where to look, what to measure, with what."},"evidence":{"$ref":"defs.schema.json#/$defs/text","description":"Evidence the auditor should keep, such as a photo or a log entry."},"timeLimit":{"$ref":"defs.schema.json#/$defs/duration","description":"Time allowed to correct a failure of this item; sets the corrective action's due date."}}};
const schema83 = {"type":"string","description":"A measurable threshold: a comparison and a number with its unit (>= 300 lux, <= 55 dB, < 5 min), a range (between 18 and 26 °C) or a period (every 15 days, meaning at most 15 days since the last time). A number may have thousands separators and decimals (1,000, 0.5), no exponent; the unit is text without digits."};
const schema86 = {"type":"string","description":"A time limit as an ISO 8601 duration: PT15M is 15 minutes, PT24H is 24 hours, P3D is 3 days.","pattern":"^P(?!$)(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+W)?(?:[0-9]+D)?(?:T(?=[0-9])(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+S)?)?$"};
const pattern42 = new RegExp("^P(?!$)(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+W)?(?:[0-9]+D)?(?:T(?=[0-9])(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+S)?)?$", "u");

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate48.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.answers === undefined) && (missing0 = "answers")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.answers !== undefined){
if("measured" !== data.answers){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.threshold === undefined){
const err2 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "threshold"},message:"must have required property '"+"threshold"+"'",schema:schema78.then.required,parentSchema:schema78.then,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
}
if(!valid0){
const err3 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema78.if,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema78.required,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.text === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema78.required,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.dimension === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dimension"},message:"must have required property '"+"dimension"+"'",schema:schema78.required,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.tier === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tier"},message:"must have required property '"+"tier"+"'",schema:schema78.required,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!(func3.call(schema78.properties, key0))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(func1(data1) > 80){
const err9 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern8.test(data1)){
const err10 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.text !== undefined){
let data2 = data.text;
if((typeof data2 !== "string") && (!(data2 && typeof data2 == "object" && !Array.isArray(data2)))){
const err12 = {instancePath:instancePath+"/text",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err13 = {instancePath:instancePath+"/text",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(Object.keys(data2).length < 1){
const err14 = {instancePath:instancePath+"/text",schemaPath:"defs.schema.json#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data2){
const _errs12 = errors;
if(typeof key1 === "string"){
if(!pattern4.test(key1)){
const err15 = {instancePath:instancePath+"/text",schemaPath:"defs.schema.json#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
var valid5 = _errs12 === errors;
if(!valid5){
const err16 = {instancePath:instancePath+"/text",schemaPath:"defs.schema.json#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
for(const key2 in data2){
let data3 = data2[key2];
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err17 = {instancePath:instancePath+"/text/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/text/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
}
if(data.dimension !== undefined){
let data4 = data.dimension;
if(typeof data4 === "string"){
if(func1(data4) > 80){
const err19 = {instancePath:instancePath+"/dimension",schemaPath:"defs.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!pattern8.test(data4)){
const err20 = {instancePath:instancePath+"/dimension",schemaPath:"defs.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/dimension",schemaPath:"defs.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.tier !== undefined){
let data5 = data.tier;
if(typeof data5 === "string"){
if(func1(data5) > 80){
const err22 = {instancePath:instancePath+"/tier",schemaPath:"defs.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!pattern8.test(data5)){
const err23 = {instancePath:instancePath+"/tier",schemaPath:"defs.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/tier",schemaPath:"defs.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.weight !== undefined){
let data6 = data.weight;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 1000 || isNaN(data6)){
const err25 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema78.properties.weight,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err26 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema78.properties.weight,data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema78.properties.weight.type,parentSchema:schema78.properties.weight,data:data6};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.critical !== undefined){
let data7 = data.critical;
if(typeof data7 !== "string"){
const err28 = {instancePath:instancePath+"/critical",schemaPath:"#/properties/critical/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema78.properties.critical.type,parentSchema:schema78.properties.critical,data:data7};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!(((data7 === "none") || (data7 === "section")) || (data7 === "audit"))){
const err29 = {instancePath:instancePath+"/critical",schemaPath:"#/properties/critical/enum",keyword:"enum",params:{allowedValues: schema78.properties.critical.enum},message:"must be equal to one of the allowed values",schema:schema78.properties.critical.enum,parentSchema:schema78.properties.critical,data:data7};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.answers !== undefined){
let data8 = data.answers;
if(typeof data8 !== "string"){
const err30 = {instancePath:instancePath+"/answers",schemaPath:"#/properties/answers/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema78.properties.answers.type,parentSchema:schema78.properties.answers,data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(!((((data8 === "binary") || (data8 === "graded")) || (data8 === "maturity")) || (data8 === "measured"))){
const err31 = {instancePath:instancePath+"/answers",schemaPath:"#/properties/answers/enum",keyword:"enum",params:{allowedValues: schema78.properties.answers.enum},message:"must be equal to one of the allowed values",schema:schema78.properties.answers.enum,parentSchema:schema78.properties.answers,data:data8};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.naAllowed !== undefined){
let data9 = data.naAllowed;
if(typeof data9 !== "boolean"){
const err32 = {instancePath:instancePath+"/naAllowed",schemaPath:"#/properties/naAllowed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema78.properties.naAllowed.type,parentSchema:schema78.properties.naAllowed,data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.threshold !== undefined){
let data10 = data.threshold;
if(typeof data10 !== "string"){
const err33 = {instancePath:instancePath+"/threshold",schemaPath:"defs.schema.json#/$defs/threshold/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.type,parentSchema:schema83,data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.check !== undefined){
let data11 = data.check;
if((typeof data11 !== "string") && (!(data11 && typeof data11 == "object" && !Array.isArray(data11)))){
const err34 = {instancePath:instancePath+"/check",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data11};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(typeof data11 === "string"){
if(func1(data11) < 1){
const err35 = {instancePath:instancePath+"/check",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(Object.keys(data11).length < 1){
const err36 = {instancePath:instancePath+"/check",schemaPath:"defs.schema.json#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
for(const key3 in data11){
const _errs38 = errors;
if(typeof key3 === "string"){
if(!pattern4.test(key3)){
const err37 = {instancePath:instancePath+"/check",schemaPath:"defs.schema.json#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
var valid11 = _errs38 === errors;
if(!valid11){
const err38 = {instancePath:instancePath+"/check",schemaPath:"defs.schema.json#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data11};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
for(const key4 in data11){
let data12 = data11[key4];
if(typeof data12 === "string"){
if(func1(data12) < 1){
const err39 = {instancePath:instancePath+"/check/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data12};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/check/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data12};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
}
if(data.evidence !== undefined){
let data13 = data.evidence;
if((typeof data13 !== "string") && (!(data13 && typeof data13 == "object" && !Array.isArray(data13)))){
const err41 = {instancePath:instancePath+"/evidence",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data13};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(typeof data13 === "string"){
if(func1(data13) < 1){
const err42 = {instancePath:instancePath+"/evidence",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data13};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(Object.keys(data13).length < 1){
const err43 = {instancePath:instancePath+"/evidence",schemaPath:"defs.schema.json#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data13};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
for(const key5 in data13){
const _errs45 = errors;
if(typeof key5 === "string"){
if(!pattern4.test(key5)){
const err44 = {instancePath:instancePath+"/evidence",schemaPath:"defs.schema.json#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key5,propertyName:key5};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
var valid14 = _errs45 === errors;
if(!valid14){
const err45 = {instancePath:instancePath+"/evidence",schemaPath:"defs.schema.json#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key5},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data13};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
for(const key6 in data13){
let data14 = data13[key6];
if(typeof data14 === "string"){
if(func1(data14) < 1){
const err46 = {instancePath:instancePath+"/evidence/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data14};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/evidence/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data14};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
}
if(data.timeLimit !== undefined){
let data15 = data.timeLimit;
if(typeof data15 === "string"){
if(!pattern42.test(data15)){
const err48 = {instancePath:instancePath+"/timeLimit",schemaPath:"defs.schema.json#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^P(?!$)(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+W)?(?:[0-9]+D)?(?:T(?=[0-9])(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+S)?)?$"},message:"must match pattern \""+"^P(?!$)(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+W)?(?:[0-9]+D)?(?:T(?=[0-9])(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+S)?)?$"+"\"",schema:"^P(?!$)(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+W)?(?:[0-9]+D)?(?:T(?=[0-9])(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+S)?)?$",parentSchema:schema86,data:data15};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/timeLimit",schemaPath:"defs.schema.json#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema86.type,parentSchema:schema86,data:data15};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema78.type,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
validate48.errors = vErrors;
return errors === 0;
}
validate48.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema87 = {"type":"array","description":"A list of ids, each listed once.","items":{"$ref":"#/$defs/id"},"uniqueItems":true};
const func0 = equal;

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate50.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 === "string"){
if(func1(data0) > 80){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!pattern8.test(data0)){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
let i1 = data.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data[i1], data[j0])){
const err3 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema87.type,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate50.errors = vErrors;
return errors === 0;
}
validate50.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema89 = {"type":"array","description":"Knowledge-check questions shown on the page and graded in the browser.","items":{"$ref":"#/$defs/question"}};
const schema90 = {"type":"object","description":"A knowledge-check question for new hires: single or multiple choice, with an explanation shown after grading.","required":["id","prompt","options","explanation"],"additionalProperties":false,"properties":{"id":{"$ref":"#/$defs/id","description":"Id of the question, unique within its touchpoint or SOP."},"prompt":{"$ref":"#/$defs/text","description":"The question as the reader sees it."},"multiple":{"type":"boolean","default":false,"description":"true when more than one option is correct and the reader must pick all of them."},"options":{"type":"array","description":"The choices, at least two; mark the correct ones with correct: true.","minItems":2,"items":{"type":"object","description":"One choice.","required":["id","text"],"additionalProperties":false,"properties":{"id":{"$ref":"#/$defs/id","description":"Id of the option, unique within the question (a, b, c …)."},"text":{"$ref":"#/$defs/text","description":"The text of the option."},"correct":{"type":"boolean","default":false,"description":"true when choosing this option is right."}}}},"explanation":{"$ref":"#/$defs/text","description":"Why the right answer is right, shown after grading."}}};

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate54.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema90.required,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.prompt === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "prompt"},message:"must have required property '"+"prompt"+"'",schema:schema90.required,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.options === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "options"},message:"must have required property '"+"options"+"'",schema:schema90.required,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.explanation === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "explanation"},message:"must have required property '"+"explanation"+"'",schema:schema90.required,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "id") || (key0 === "prompt")) || (key0 === "multiple")) || (key0 === "options")) || (key0 === "explanation"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func1(data0) > 80){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern8.test(data0)){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.prompt !== undefined){
let data1 = data.prompt;
if((typeof data1 !== "string") && (!(data1 && typeof data1 == "object" && !Array.isArray(data1)))){
const err8 = {instancePath:instancePath+"/prompt",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err9 = {instancePath:instancePath+"/prompt",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(Object.keys(data1).length < 1){
const err10 = {instancePath:instancePath+"/prompt",schemaPath:"#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data1){
const _errs8 = errors;
if(typeof key1 === "string"){
if(!pattern4.test(key1)){
const err11 = {instancePath:instancePath+"/prompt",schemaPath:"#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var valid3 = _errs8 === errors;
if(!valid3){
const err12 = {instancePath:instancePath+"/prompt",schemaPath:"#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
for(const key2 in data1){
let data2 = data1[key2];
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err13 = {instancePath:instancePath+"/prompt/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/prompt/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
if(data.multiple !== undefined){
let data3 = data.multiple;
if(typeof data3 !== "boolean"){
const err15 = {instancePath:instancePath+"/multiple",schemaPath:"#/properties/multiple/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema90.properties.multiple.type,parentSchema:schema90.properties.multiple,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.options !== undefined){
let data4 = data.options;
if(Array.isArray(data4)){
if(data4.length < 2){
const err16 = {instancePath:instancePath+"/options",schemaPath:"#/properties/options/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema90.properties.options,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.id === undefined){
const err17 = {instancePath:instancePath+"/options/" + i0,schemaPath:"#/properties/options/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema90.properties.options.items.required,parentSchema:schema90.properties.options.items,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5.text === undefined){
const err18 = {instancePath:instancePath+"/options/" + i0,schemaPath:"#/properties/options/items/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema90.properties.options.items.required,parentSchema:schema90.properties.options.items,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key3 in data5){
if(!(((key3 === "id") || (key3 === "text")) || (key3 === "correct"))){
const err19 = {instancePath:instancePath+"/options/" + i0,schemaPath:"#/properties/options/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema90.properties.options.items,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data5.id !== undefined){
let data6 = data5.id;
if(typeof data6 === "string"){
if(func1(data6) > 80){
const err20 = {instancePath:instancePath+"/options/" + i0+"/id",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!pattern8.test(data6)){
const err21 = {instancePath:instancePath+"/options/" + i0+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/options/" + i0+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data5.text !== undefined){
let data7 = data5.text;
if((typeof data7 !== "string") && (!(data7 && typeof data7 == "object" && !Array.isArray(data7)))){
const err23 = {instancePath:instancePath+"/options/" + i0+"/text",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(typeof data7 === "string"){
if(func1(data7) < 1){
const err24 = {instancePath:instancePath+"/options/" + i0+"/text",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(Object.keys(data7).length < 1){
const err25 = {instancePath:instancePath+"/options/" + i0+"/text",schemaPath:"#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key4 in data7){
const _errs25 = errors;
if(typeof key4 === "string"){
if(!pattern4.test(key4)){
const err26 = {instancePath:instancePath+"/options/" + i0+"/text",schemaPath:"#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key4,propertyName:key4};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
var valid10 = _errs25 === errors;
if(!valid10){
const err27 = {instancePath:instancePath+"/options/" + i0+"/text",schemaPath:"#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
for(const key5 in data7){
let data8 = data7[key5];
if(typeof data8 === "string"){
if(func1(data8) < 1){
const err28 = {instancePath:instancePath+"/options/" + i0+"/text/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/options/" + i0+"/text/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
}
if(data5.correct !== undefined){
let data9 = data5.correct;
if(typeof data9 !== "boolean"){
const err30 = {instancePath:instancePath+"/options/" + i0+"/correct",schemaPath:"#/properties/options/items/properties/correct/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema90.properties.options.items.properties.correct.type,parentSchema:schema90.properties.options.items.properties.correct,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/options/" + i0,schemaPath:"#/properties/options/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema90.properties.options.items.type,parentSchema:schema90.properties.options.items,data:data5};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/options",schemaPath:"#/properties/options/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema90.properties.options.type,parentSchema:schema90.properties.options,data:data4};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.explanation !== undefined){
let data10 = data.explanation;
if((typeof data10 !== "string") && (!(data10 && typeof data10 == "object" && !Array.isArray(data10)))){
const err33 = {instancePath:instancePath+"/explanation",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(typeof data10 === "string"){
if(func1(data10) < 1){
const err34 = {instancePath:instancePath+"/explanation",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data10};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(Object.keys(data10).length < 1){
const err35 = {instancePath:instancePath+"/explanation",schemaPath:"#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data10};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
for(const key6 in data10){
const _errs34 = errors;
if(typeof key6 === "string"){
if(!pattern4.test(key6)){
const err36 = {instancePath:instancePath+"/explanation",schemaPath:"#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key6,propertyName:key6};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
var valid13 = _errs34 === errors;
if(!valid13){
const err37 = {instancePath:instancePath+"/explanation",schemaPath:"#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key6},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data10};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
for(const key7 in data10){
let data11 = data10[key7];
if(typeof data11 === "string"){
if(func1(data11) < 1){
const err38 = {instancePath:instancePath+"/explanation/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data11};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/explanation/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data11};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
}
}
else {
const err40 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema90.type,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}
validate54.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate53.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate54(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema89.type,parentSchema:schema89,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="touchpoint.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate41.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.code === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.title === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.industry === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "industry"},message:"must have required property '"+"industry"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.category === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "category"},message:"must have required property '"+"category"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.journeyStage === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "journeyStage"},message:"must have required property '"+"journeyStage"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.channel === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.impact === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "impact"},message:"must have required property '"+"impact"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.frequency === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "frequency"},message:"must have required property '"+"frequency"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.owner === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "owner"},message:"must have required property '"+"owner"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.version === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.effective === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "effective"},message:"must have required property '"+"effective"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.reviewBy === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reviewBy"},message:"must have required property '"+"reviewBy"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.changelog === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "changelog"},message:"must have required property '"+"changelog"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.items === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "items"},message:"must have required property '"+"items"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key0 in data){
if(!(func3.call(schema55.properties, key0))){
const err15 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err16 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.$schema.type,parentSchema:schema55.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(func1(data1) > 80){
const err17 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data1};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!pattern8.test(data1)){
const err18 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data1};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data1};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.code !== undefined){
let data2 = data.code;
if(typeof data2 === "string"){
if(!pattern20.test(data2)){
const err20 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$"},message:"must match pattern \""+"^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$"+"\"",schema:"^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$",parentSchema:schema55.properties.code,data:data2};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.code.type,parentSchema:schema55.properties.code,data:data2};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.title !== undefined){
let data3 = data.title;
if((typeof data3 !== "string") && (!(data3 && typeof data3 == "object" && !Array.isArray(data3)))){
const err22 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data3};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err23 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data3};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(Object.keys(data3).length < 1){
const err24 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data3};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key1 in data3){
const _errs12 = errors;
if(typeof key1 === "string"){
if(!pattern4.test(key1)){
const err25 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
var valid3 = _errs12 === errors;
if(!valid3){
const err26 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data3};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
for(const key2 in data3){
let data4 = data3[key2];
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err27 = {instancePath:instancePath+"/title/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/title/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
}
if(data.summary !== undefined){
let data5 = data.summary;
if((typeof data5 !== "string") && (!(data5 && typeof data5 == "object" && !Array.isArray(data5)))){
const err29 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data5};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(typeof data5 === "string"){
if(func1(data5) < 1){
const err30 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data5};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(Object.keys(data5).length < 1){
const err31 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data5};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
for(const key3 in data5){
const _errs19 = errors;
if(typeof key3 === "string"){
if(!pattern4.test(key3)){
const err32 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
var valid6 = _errs19 === errors;
if(!valid6){
const err33 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data5};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
for(const key4 in data5){
let data6 = data5[key4];
if(typeof data6 === "string"){
if(func1(data6) < 1){
const err34 = {instancePath:instancePath+"/summary/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data6};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/summary/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data6};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
}
if(data.industry !== undefined){
let data7 = data.industry;
if(typeof data7 === "string"){
if(func1(data7) > 80){
const err36 = {instancePath:instancePath+"/industry",schemaPath:"defs.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data7};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(!pattern8.test(data7)){
const err37 = {instancePath:instancePath+"/industry",schemaPath:"defs.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data7};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/industry",schemaPath:"defs.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data7};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.category !== undefined){
let data8 = data.category;
if(typeof data8 === "string"){
if(func1(data8) > 80){
const err39 = {instancePath:instancePath+"/category",schemaPath:"defs.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data8};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(!pattern8.test(data8)){
const err40 = {instancePath:instancePath+"/category",schemaPath:"defs.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data8};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/category",schemaPath:"defs.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data8};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.journeyStage !== undefined){
let data9 = data.journeyStage;
if(typeof data9 === "string"){
if(func1(data9) > 80){
const err42 = {instancePath:instancePath+"/journeyStage",schemaPath:"defs.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data9};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(!pattern8.test(data9)){
const err43 = {instancePath:instancePath+"/journeyStage",schemaPath:"defs.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data9};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/journeyStage",schemaPath:"defs.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data9};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.channel !== undefined){
let data10 = data.channel;
if(typeof data10 === "string"){
if(func1(data10) > 80){
const err45 = {instancePath:instancePath+"/channel",schemaPath:"defs.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data10};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(!pattern8.test(data10)){
const err46 = {instancePath:instancePath+"/channel",schemaPath:"defs.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data10};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/channel",schemaPath:"defs.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data10};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.impact !== undefined){
let data11 = data.impact;
if(typeof data11 === "string"){
if(func1(data11) > 80){
const err48 = {instancePath:instancePath+"/impact",schemaPath:"defs.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data11};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(!pattern8.test(data11)){
const err49 = {instancePath:instancePath+"/impact",schemaPath:"defs.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data11};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/impact",schemaPath:"defs.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data11};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.frequency !== undefined){
let data12 = data.frequency;
if(typeof data12 === "string"){
if(func1(data12) > 80){
const err51 = {instancePath:instancePath+"/frequency",schemaPath:"defs.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data12};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(!pattern8.test(data12)){
const err52 = {instancePath:instancePath+"/frequency",schemaPath:"defs.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data12};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/frequency",schemaPath:"defs.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data12};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.gradeOverride !== undefined){
let data13 = data.gradeOverride;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.grade === undefined){
const err54 = {instancePath:instancePath+"/gradeOverride",schemaPath:"#/properties/gradeOverride/required",keyword:"required",params:{missingProperty: "grade"},message:"must have required property '"+"grade"+"'",schema:schema55.properties.gradeOverride.required,parentSchema:schema55.properties.gradeOverride,data:data13};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(data13.reason === undefined){
const err55 = {instancePath:instancePath+"/gradeOverride",schemaPath:"#/properties/gradeOverride/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema55.properties.gradeOverride.required,parentSchema:schema55.properties.gradeOverride,data:data13};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
for(const key5 in data13){
if(!((key5 === "grade") || (key5 === "reason"))){
const err56 = {instancePath:instancePath+"/gradeOverride",schemaPath:"#/properties/gradeOverride/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema55.properties.gradeOverride,data:data13};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data13.grade !== undefined){
let data14 = data13.grade;
if(typeof data14 === "string"){
if(func1(data14) > 80){
const err57 = {instancePath:instancePath+"/gradeOverride/grade",schemaPath:"defs.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data14};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(!pattern8.test(data14)){
const err58 = {instancePath:instancePath+"/gradeOverride/grade",schemaPath:"defs.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data14};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/gradeOverride/grade",schemaPath:"defs.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data14};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data13.reason !== undefined){
let data15 = data13.reason;
if((typeof data15 !== "string") && (!(data15 && typeof data15 == "object" && !Array.isArray(data15)))){
const err60 = {instancePath:instancePath+"/gradeOverride/reason",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data15};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(typeof data15 === "string"){
if(func1(data15) < 1){
const err61 = {instancePath:instancePath+"/gradeOverride/reason",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data15};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(Object.keys(data15).length < 1){
const err62 = {instancePath:instancePath+"/gradeOverride/reason",schemaPath:"defs.schema.json#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data15};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
for(const key6 in data15){
const _errs57 = errors;
if(typeof key6 === "string"){
if(!pattern4.test(key6)){
const err63 = {instancePath:instancePath+"/gradeOverride/reason",schemaPath:"defs.schema.json#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key6,propertyName:key6};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
var valid17 = _errs57 === errors;
if(!valid17){
const err64 = {instancePath:instancePath+"/gradeOverride/reason",schemaPath:"defs.schema.json#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key6},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data15};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
for(const key7 in data15){
let data16 = data15[key7];
if(typeof data16 === "string"){
if(func1(data16) < 1){
const err65 = {instancePath:instancePath+"/gradeOverride/reason/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data16};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
else {
const err66 = {instancePath:instancePath+"/gradeOverride/reason/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data16};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
}
}
else {
const err67 = {instancePath:instancePath+"/gradeOverride",schemaPath:"#/properties/gradeOverride/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.properties.gradeOverride.type,parentSchema:schema55.properties.gradeOverride,data:data13};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data.owner !== undefined){
let data17 = data.owner;
if((typeof data17 !== "string") && (!(data17 && typeof data17 == "object" && !Array.isArray(data17)))){
const err68 = {instancePath:instancePath+"/owner",schemaPath:"defs.schema.json#/$defs/owner/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data17};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(typeof data17 === "string"){
if(func1(data17) < 1){
const err69 = {instancePath:instancePath+"/owner",schemaPath:"defs.schema.json#/$defs/owner/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data17};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(Object.keys(data17).length < 1){
const err70 = {instancePath:instancePath+"/owner",schemaPath:"defs.schema.json#/$defs/owner/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data17};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
for(const key8 in data17){
const _errs64 = errors;
if(typeof key8 === "string"){
if(!pattern4.test(key8)){
const err71 = {instancePath:instancePath+"/owner",schemaPath:"defs.schema.json#/$defs/owner/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key8,propertyName:key8};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
var valid20 = _errs64 === errors;
if(!valid20){
const err72 = {instancePath:instancePath+"/owner",schemaPath:"defs.schema.json#/$defs/owner/propertyNames",keyword:"propertyNames",params:{propertyName: key8},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data17};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
for(const key9 in data17){
let data18 = data17[key9];
if(typeof data18 === "string"){
if(func1(data18) < 1){
const err73 = {instancePath:instancePath+"/owner/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/owner/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data18};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/owner/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/owner/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data18};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
}
if(data.version !== undefined){
let data19 = data.version;
if(typeof data19 === "string"){
if(!pattern7.test(data19)){
const err75 = {instancePath:instancePath+"/version",schemaPath:"defs.schema.json#/$defs/version/pattern",keyword:"pattern",params:{pattern: "^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?$"},message:"must match pattern \""+"^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?$"+"\"",schema:"^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?$",parentSchema:schema40,data:data19};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
else {
const err76 = {instancePath:instancePath+"/version",schemaPath:"defs.schema.json#/$defs/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data19};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data.effective !== undefined){
let data20 = data.effective;
if(typeof data20 === "string"){
if(!(formats0.validate(data20))){
const err77 = {instancePath:instancePath+"/effective",schemaPath:"defs.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema69,data:data20};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
else {
const err78 = {instancePath:instancePath+"/effective",schemaPath:"defs.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.type,parentSchema:schema69,data:data20};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data.reviewBy !== undefined){
let data21 = data.reviewBy;
if(typeof data21 === "string"){
if(!(formats0.validate(data21))){
const err79 = {instancePath:instancePath+"/reviewBy",schemaPath:"defs.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema69,data:data21};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/reviewBy",schemaPath:"defs.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.type,parentSchema:schema69,data:data21};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data.changelog !== undefined){
if(!(validate42(data.changelog, {instancePath:instancePath+"/changelog",parentData:data,parentDataProperty:"changelog",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
}
if(data.indicators !== undefined){
if(!(validate46(data.indicators, {instancePath:instancePath+"/indicators",parentData:data,parentDataProperty:"indicators",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.items !== undefined){
let data24 = data.items;
if(Array.isArray(data24)){
if(data24.length < 1){
const err81 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema55.properties.items,data:data24};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
const len0 = data24.length;
for(let i0=0; i0<len0; i0++){
if(!(validate48(data24[i0], {instancePath:instancePath+"/items/" + i0,parentData:data24,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
}
else {
const err82 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema55.properties.items.type,parentSchema:schema55.properties.items,data:data24};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data.sops !== undefined){
if(!(validate50(data.sops, {instancePath:instancePath+"/sops",parentData:data,parentDataProperty:"sops",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
if(data.cases !== undefined){
if(!(validate50(data.cases, {instancePath:instancePath+"/cases",parentData:data,parentDataProperty:"cases",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
if(data.questions !== undefined){
if(!(validate53(data.questions, {instancePath:instancePath+"/questions",parentData:data,parentDataProperty:"questions",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
}
else {
const err83 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.type,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}
validate41.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
return validate41;
})();

/** schemas/sop.schema.json */
export const validateSop = /* @__PURE__ */ (() => {
const schema96 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"sop.schema.json","description":"standards/sops/<id>.yaml: a step-by-step procedure (SOP) with actors, time limits, scripts, escalations and branches.","type":"object","required":["id","title","touchpoints","tier","trigger","owner","version","effective","changelog","roles","steps"],"additionalProperties":false,"properties":{"$schema":{"type":"string","description":"Optional path to this schema, for editors."},"id":{"$ref":"defs.schema.json#/$defs/id","description":"Stable id of the SOP, unique in the handbook; by convention the file's name."},"code":{"type":"string","pattern":"^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$","description":"The short code staff use for the SOP, such as SOP-CS-01."},"title":{"$ref":"defs.schema.json#/$defs/text","description":"Name of the procedure."},"summary":{"$ref":"defs.schema.json#/$defs/text","description":"What the procedure achieves, in a sentence or two."},"touchpoints":{"type":"array","$ref":"defs.schema.json#/$defs/idList","x-ref":"touchpoint","description":"Ids of the touchpoints this procedure serves.","minItems":1},"tier":{"$ref":"defs.schema.json#/$defs/id","x-taxonomy":"tiers","description":"Tier, from taxonomies.tiers (basic, value-added, emergency)."},"trigger":{"$ref":"defs.schema.json#/$defs/text","description":"What starts the procedure, such as a complaint received by any channel."},"owner":{"$ref":"defs.schema.json#/$defs/owner"},"version":{"$ref":"defs.schema.json#/$defs/version","description":"Version of this SOP; must equal the newest changelog entry's version."},"effective":{"$ref":"defs.schema.json#/$defs/date","description":"Date from which this version applies."},"reviewBy":{"$ref":"defs.schema.json#/$defs/date","description":"Date by which the owner reviews the SOP again (quarterly is usual); a date in the past is flagged."},"changelog":{"$ref":"defs.schema.json#/$defs/changelog"},"priorities":{"type":"array","description":"Priority classes, most urgent first, each with its own time limits (the SLA).","items":{"type":"object","description":"One priority class and its time limits.","required":["id","label"],"additionalProperties":false,"properties":{"id":{"$ref":"defs.schema.json#/$defs/id","description":"Id of the class, such as urgent, general or enquiry."},"label":{"$ref":"defs.schema.json#/$defs/text","description":"Name of the class."},"definition":{"$ref":"defs.schema.json#/$defs/text","description":"Which cases belong to this class."},"respond":{"$ref":"defs.schema.json#/$defs/duration","description":"Time limit to first contact the customer."},"resolve":{"$ref":"defs.schema.json#/$defs/duration","description":"Time limit to give a solution or close the matter."},"followUp":{"$ref":"defs.schema.json#/$defs/duration","description":"Time limit for the follow-up after resolution."},"note":{"$ref":"defs.schema.json#/$defs/text","description":"Anything else about this class, such as who is alerted when a limit is missed."}}}},"roles":{"type":"array","description":"The people or teams that take part, referred to by id in the steps.","minItems":1,"items":{"type":"object","description":"One role.","required":["id","name"],"additionalProperties":false,"properties":{"id":{"$ref":"defs.schema.json#/$defs/id","description":"Id of the role, used by steps."},"name":{"$ref":"defs.schema.json#/$defs/text","description":"Name of the role."},"department":{"$ref":"defs.schema.json#/$defs/text","description":"Department the role belongs to."}}}},"steps":{"type":"array","description":"The steps in order. Without a branch, a step leads to the next one.","minItems":1,"items":{"$ref":"#/$defs/step"}},"questions":{"$ref":"defs.schema.json#/$defs/questions"}},"$defs":{"step":{"type":"object","description":"One step of the procedure. The actor is Responsible (R) in the RACI table.","required":["id","actor","action"],"additionalProperties":false,"properties":{"id":{"$ref":"defs.schema.json#/$defs/id","description":"Id of the step, unique within the SOP; branches go to it."},"title":{"$ref":"defs.schema.json#/$defs/text","description":"A short name for the step, shown in the timeline."},"actor":{"$ref":"defs.schema.json#/$defs/id","x-ref":"role","description":"The role that does the step (Responsible), from roles."},"action":{"$ref":"defs.schema.json#/$defs/text","description":"What the actor does."},"timeLimit":{"$ref":"defs.schema.json#/$defs/duration","description":"Time allowed for this step, counted from the trigger or the previous step."},"script":{"$ref":"defs.schema.json#/$defs/text","description":"What to say (话术), word for word where it matters."},"quality":{"$ref":"defs.schema.json#/$defs/textList","description":"How a well-done step looks: the quality criteria."},"escalation":{"type":"object","description":"Who takes over, and when, if the step is not done in time or cannot be done.","required":["to"],"additionalProperties":false,"properties":{"after":{"$ref":"defs.schema.json#/$defs/duration","description":"Escalate when this much time has passed without the step done."},"to":{"$ref":"defs.schema.json#/$defs/id","x-ref":"role","description":"The role escalated to, from roles."},"action":{"$ref":"defs.schema.json#/$defs/text","description":"What the role escalated to does."}}},"branches":{"type":"array","description":"Decisions at the end of the step: when a condition holds, go to another step instead of the next.","items":{"type":"object","description":"One branch: a condition and the step it leads to.","required":["when","goto"],"additionalProperties":false,"properties":{"when":{"$ref":"defs.schema.json#/$defs/text","description":"The condition, such as: documents incomplete."},"goto":{"$ref":"defs.schema.json#/$defs/id","x-ref":"step","description":"Id of the step to go to."}}}},"accountable":{"$ref":"defs.schema.json#/$defs/id","x-ref":"role","description":"The role Accountable (A) for the step's outcome, from roles."},"consulted":{"$ref":"defs.schema.json#/$defs/idList","x-ref":"role","description":"Roles Consulted (C) during the step."},"informed":{"$ref":"defs.schema.json#/$defs/idList","x-ref":"role","description":"Roles Informed (I) of the step's result."},"end":{"type":"boolean","default":false,"description":"true when the procedure ends after this step, even if more steps follow (they are reached only by branches)."}}}}};
const schema43 = {"type":"string","description":"A stable identifier: lower-case letters, digits and single hyphens (kebab-case). Never change it once published: other files and audit records refer to it.","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":80};
const schema37 = {"type":["string","object"],"description":"Human text: a plain string in the handbook's default locale, or a map from locale (zh-CN, en) to the text in that locale.","minLength":1,"minProperties":1,"propertyNames":{"pattern":"^[a-z]{2}(?:-[A-Z]{2})?$"},"additionalProperties":{"type":"string","minLength":1}};
const schema40 = {"type":"string","description":"A version number: MAJOR.MINOR or MAJOR.MINOR.PATCH. Raise it with every published change and add a changelog entry.","pattern":"^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?$"};
const schema69 = {"type":"string","description":"A calendar date written YYYY-MM-DD.","format":"date"};
const schema86 = {"type":"string","description":"A time limit as an ISO 8601 duration: PT15M is 15 minutes, PT24H is 24 hours, P3D is 3 days.","pattern":"^P(?!$)(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+W)?(?:[0-9]+D)?(?:T(?=[0-9])(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+S)?)?$"};
const func3 = Object.prototype.hasOwnProperty;
const func1 = ucs2length;
const pattern8 = new RegExp("^[a-z0-9]+(?:-[a-z0-9]+)*$", "u");
const pattern20 = new RegExp("^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$", "u");
const pattern4 = new RegExp("^[a-z]{2}(?:-[A-Z]{2})?$", "u");
const pattern7 = new RegExp("^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?$", "u");
const pattern42 = new RegExp("^P(?!$)(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+W)?(?:[0-9]+D)?(?:T(?=[0-9])(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+S)?)?$", "u");
const schema87 = {"type":"array","description":"A list of ids, each listed once.","items":{"$ref":"#/$defs/id"},"uniqueItems":true};
const func0 = equal;

function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate58.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 === "string"){
if(func1(data0) > 80){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!pattern8.test(data0)){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
let i1 = data.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data[i1], data[j0])){
const err3 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema87.type,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate58.errors = vErrors;
return errors === 0;
}
validate58.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema71 = {"type":"array","description":"Published changes, newest first. The newest entry's version must equal the file's version.","minItems":1,"items":{"$ref":"#/$defs/changelogEntry"}};
const schema72 = {"type":"object","description":"One published change: which version, when it took effect and why.","required":["version","date","reason"],"additionalProperties":false,"properties":{"version":{"$ref":"#/$defs/version","description":"The version this change produced."},"date":{"$ref":"#/$defs/date","description":"The date the change took effect."},"reason":{"$ref":"#/$defs/text","description":"Why the standard changed, so that everyone understands what is different."}}};
const formats0 = __formats.date;

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema72.required,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.date === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema72.required,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.reason === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema72.required,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "version") || (key0 === "date")) || (key0 === "reason"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.version !== undefined){
let data0 = data.version;
if(typeof data0 === "string"){
if(!pattern7.test(data0)){
const err4 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/version/pattern",keyword:"pattern",params:{pattern: "^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?$"},message:"must match pattern \""+"^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?$"+"\"",schema:"^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?$",parentSchema:schema40,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.date !== undefined){
let data1 = data.date;
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
const err6 = {instancePath:instancePath+"/date",schemaPath:"#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema69,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/date",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.type,parentSchema:schema69,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.reason !== undefined){
let data2 = data.reason;
if((typeof data2 !== "string") && (!(data2 && typeof data2 == "object" && !Array.isArray(data2)))){
const err8 = {instancePath:instancePath+"/reason",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err9 = {instancePath:instancePath+"/reason",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(Object.keys(data2).length < 1){
const err10 = {instancePath:instancePath+"/reason",schemaPath:"#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data2){
const _errs11 = errors;
if(typeof key1 === "string"){
if(!pattern4.test(key1)){
const err11 = {instancePath:instancePath+"/reason",schemaPath:"#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var valid4 = _errs11 === errors;
if(!valid4){
const err12 = {instancePath:instancePath+"/reason",schemaPath:"#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
for(const key2 in data2){
let data3 = data2[key2];
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err13 = {instancePath:instancePath+"/reason/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/reason/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.type,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate60.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length < 1){
const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate43(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema71.type,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate60.errors = vErrors;
return errors === 0;
}
validate60.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema119 = {"type":"object","description":"One step of the procedure. The actor is Responsible (R) in the RACI table.","required":["id","actor","action"],"additionalProperties":false,"properties":{"id":{"$ref":"defs.schema.json#/$defs/id","description":"Id of the step, unique within the SOP; branches go to it."},"title":{"$ref":"defs.schema.json#/$defs/text","description":"A short name for the step, shown in the timeline."},"actor":{"$ref":"defs.schema.json#/$defs/id","x-ref":"role","description":"The role that does the step (Responsible), from roles."},"action":{"$ref":"defs.schema.json#/$defs/text","description":"What the actor does."},"timeLimit":{"$ref":"defs.schema.json#/$defs/duration","description":"Time allowed for this step, counted from the trigger or the previous step."},"script":{"$ref":"defs.schema.json#/$defs/text","description":"What to say (话术), word for word where it matters."},"quality":{"$ref":"defs.schema.json#/$defs/textList","description":"How a well-done step looks: the quality criteria."},"escalation":{"type":"object","description":"Who takes over, and when, if the step is not done in time or cannot be done.","required":["to"],"additionalProperties":false,"properties":{"after":{"$ref":"defs.schema.json#/$defs/duration","description":"Escalate when this much time has passed without the step done."},"to":{"$ref":"defs.schema.json#/$defs/id","x-ref":"role","description":"The role escalated to, from roles."},"action":{"$ref":"defs.schema.json#/$defs/text","description":"What the role escalated to does."}}},"branches":{"type":"array","description":"Decisions at the end of the step: when a condition holds, go to another step instead of the next.","items":{"type":"object","description":"One branch: a condition and the step it leads to.","required":["when","goto"],"additionalProperties":false,"properties":{"when":{"$ref":"defs.schema.json#/$defs/text","description":"The condition, such as: documents incomplete."},"goto":{"$ref":"defs.schema.json#/$defs/id","x-ref":"step","description":"Id of the step to go to."}}}},"accountable":{"$ref":"defs.schema.json#/$defs/id","x-ref":"role","description":"The role Accountable (A) for the step's outcome, from roles."},"consulted":{"$ref":"defs.schema.json#/$defs/idList","x-ref":"role","description":"Roles Consulted (C) during the step."},"informed":{"$ref":"defs.schema.json#/$defs/idList","x-ref":"role","description":"Roles Informed (I) of the step's result."},"end":{"type":"boolean","default":false,"description":"true when the procedure ends after this step, even if more steps follow (they are reached only by branches)."}}};
const schema76 = {"type":"array","description":"A list of human texts.","items":{"$ref":"#/$defs/text"}};

function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate64.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if((typeof data0 !== "string") && (!(data0 && typeof data0 == "object" && !Array.isArray(data0)))){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(Object.keys(data0).length < 1){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data0){
const _errs4 = errors;
if(typeof key0 === "string"){
if(!pattern4.test(key0)){
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var valid3 = _errs4 === errors;
if(!valid3){
const err4 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
for(const key1 in data0){
let data1 = data0[key1];
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err5 = {instancePath:instancePath+"/" + i0+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/" + i0+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema76.type,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate64.errors = vErrors;
return errors === 0;
}
validate64.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate63.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema119.required,parentSchema:schema119,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.actor === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actor"},message:"must have required property '"+"actor"+"'",schema:schema119.required,parentSchema:schema119,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.action === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'",schema:schema119.required,parentSchema:schema119,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(func3.call(schema119.properties, key0))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema119,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func1(data0) > 80){
const err4 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern8.test(data0)){
const err5 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if((typeof data1 !== "string") && (!(data1 && typeof data1 == "object" && !Array.isArray(data1)))){
const err7 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err8 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(Object.keys(data1).length < 1){
const err9 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data1){
const _errs8 = errors;
if(typeof key1 === "string"){
if(!pattern4.test(key1)){
const err10 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var valid3 = _errs8 === errors;
if(!valid3){
const err11 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
for(const key2 in data1){
let data2 = data1[key2];
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err12 = {instancePath:instancePath+"/title/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/title/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
}
if(data.actor !== undefined){
let data3 = data.actor;
if(typeof data3 === "string"){
if(func1(data3) > 80){
const err14 = {instancePath:instancePath+"/actor",schemaPath:"defs.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!pattern8.test(data3)){
const err15 = {instancePath:instancePath+"/actor",schemaPath:"defs.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/actor",schemaPath:"defs.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.action !== undefined){
let data4 = data.action;
if((typeof data4 !== "string") && (!(data4 && typeof data4 == "object" && !Array.isArray(data4)))){
const err17 = {instancePath:instancePath+"/action",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err18 = {instancePath:instancePath+"/action",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(Object.keys(data4).length < 1){
const err19 = {instancePath:instancePath+"/action",schemaPath:"defs.schema.json#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key3 in data4){
const _errs19 = errors;
if(typeof key3 === "string"){
if(!pattern4.test(key3)){
const err20 = {instancePath:instancePath+"/action",schemaPath:"defs.schema.json#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
var valid7 = _errs19 === errors;
if(!valid7){
const err21 = {instancePath:instancePath+"/action",schemaPath:"defs.schema.json#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
for(const key4 in data4){
let data5 = data4[key4];
if(typeof data5 === "string"){
if(func1(data5) < 1){
const err22 = {instancePath:instancePath+"/action/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/action/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
}
if(data.timeLimit !== undefined){
let data6 = data.timeLimit;
if(typeof data6 === "string"){
if(!pattern42.test(data6)){
const err24 = {instancePath:instancePath+"/timeLimit",schemaPath:"defs.schema.json#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^P(?!$)(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+W)?(?:[0-9]+D)?(?:T(?=[0-9])(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+S)?)?$"},message:"must match pattern \""+"^P(?!$)(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+W)?(?:[0-9]+D)?(?:T(?=[0-9])(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+S)?)?$"+"\"",schema:"^P(?!$)(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+W)?(?:[0-9]+D)?(?:T(?=[0-9])(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+S)?)?$",parentSchema:schema86,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/timeLimit",schemaPath:"defs.schema.json#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema86.type,parentSchema:schema86,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.script !== undefined){
let data7 = data.script;
if((typeof data7 !== "string") && (!(data7 && typeof data7 == "object" && !Array.isArray(data7)))){
const err26 = {instancePath:instancePath+"/script",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(typeof data7 === "string"){
if(func1(data7) < 1){
const err27 = {instancePath:instancePath+"/script",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(Object.keys(data7).length < 1){
const err28 = {instancePath:instancePath+"/script",schemaPath:"defs.schema.json#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data7};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
for(const key5 in data7){
const _errs29 = errors;
if(typeof key5 === "string"){
if(!pattern4.test(key5)){
const err29 = {instancePath:instancePath+"/script",schemaPath:"defs.schema.json#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key5,propertyName:key5};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
var valid11 = _errs29 === errors;
if(!valid11){
const err30 = {instancePath:instancePath+"/script",schemaPath:"defs.schema.json#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key5},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data7};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
for(const key6 in data7){
let data8 = data7[key6];
if(typeof data8 === "string"){
if(func1(data8) < 1){
const err31 = {instancePath:instancePath+"/script/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data8};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/script/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data8};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
}
if(data.quality !== undefined){
if(!(validate64(data.quality, {instancePath:instancePath+"/quality",parentData:data,parentDataProperty:"quality",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
}
if(data.escalation !== undefined){
let data10 = data.escalation;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.to === undefined){
const err33 = {instancePath:instancePath+"/escalation",schemaPath:"#/properties/escalation/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema119.properties.escalation.required,parentSchema:schema119.properties.escalation,data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
for(const key7 in data10){
if(!(((key7 === "after") || (key7 === "to")) || (key7 === "action"))){
const err34 = {instancePath:instancePath+"/escalation",schemaPath:"#/properties/escalation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema119.properties.escalation,data:data10};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data10.after !== undefined){
let data11 = data10.after;
if(typeof data11 === "string"){
if(!pattern42.test(data11)){
const err35 = {instancePath:instancePath+"/escalation/after",schemaPath:"defs.schema.json#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^P(?!$)(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+W)?(?:[0-9]+D)?(?:T(?=[0-9])(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+S)?)?$"},message:"must match pattern \""+"^P(?!$)(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+W)?(?:[0-9]+D)?(?:T(?=[0-9])(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+S)?)?$"+"\"",schema:"^P(?!$)(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+W)?(?:[0-9]+D)?(?:T(?=[0-9])(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+S)?)?$",parentSchema:schema86,data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/escalation/after",schemaPath:"defs.schema.json#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema86.type,parentSchema:schema86,data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data10.to !== undefined){
let data12 = data10.to;
if(typeof data12 === "string"){
if(func1(data12) > 80){
const err37 = {instancePath:instancePath+"/escalation/to",schemaPath:"defs.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data12};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(!pattern8.test(data12)){
const err38 = {instancePath:instancePath+"/escalation/to",schemaPath:"defs.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data12};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/escalation/to",schemaPath:"defs.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data12};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data10.action !== undefined){
let data13 = data10.action;
if((typeof data13 !== "string") && (!(data13 && typeof data13 == "object" && !Array.isArray(data13)))){
const err40 = {instancePath:instancePath+"/escalation/action",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data13};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(typeof data13 === "string"){
if(func1(data13) < 1){
const err41 = {instancePath:instancePath+"/escalation/action",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data13};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(Object.keys(data13).length < 1){
const err42 = {instancePath:instancePath+"/escalation/action",schemaPath:"defs.schema.json#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data13};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
for(const key8 in data13){
const _errs47 = errors;
if(typeof key8 === "string"){
if(!pattern4.test(key8)){
const err43 = {instancePath:instancePath+"/escalation/action",schemaPath:"defs.schema.json#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key8,propertyName:key8};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
var valid17 = _errs47 === errors;
if(!valid17){
const err44 = {instancePath:instancePath+"/escalation/action",schemaPath:"defs.schema.json#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key8},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data13};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
for(const key9 in data13){
let data14 = data13[key9];
if(typeof data14 === "string"){
if(func1(data14) < 1){
const err45 = {instancePath:instancePath+"/escalation/action/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data14};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/escalation/action/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data14};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
}
}
else {
const err47 = {instancePath:instancePath+"/escalation",schemaPath:"#/properties/escalation/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema119.properties.escalation.type,parentSchema:schema119.properties.escalation,data:data10};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.branches !== undefined){
let data15 = data.branches;
if(Array.isArray(data15)){
const len0 = data15.length;
for(let i0=0; i0<len0; i0++){
let data16 = data15[i0];
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.when === undefined){
const err48 = {instancePath:instancePath+"/branches/" + i0,schemaPath:"#/properties/branches/items/required",keyword:"required",params:{missingProperty: "when"},message:"must have required property '"+"when"+"'",schema:schema119.properties.branches.items.required,parentSchema:schema119.properties.branches.items,data:data16};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data16.goto === undefined){
const err49 = {instancePath:instancePath+"/branches/" + i0,schemaPath:"#/properties/branches/items/required",keyword:"required",params:{missingProperty: "goto"},message:"must have required property '"+"goto"+"'",schema:schema119.properties.branches.items.required,parentSchema:schema119.properties.branches.items,data:data16};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
for(const key10 in data16){
if(!((key10 === "when") || (key10 === "goto"))){
const err50 = {instancePath:instancePath+"/branches/" + i0,schemaPath:"#/properties/branches/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema119.properties.branches.items,data:data16};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data16.when !== undefined){
let data17 = data16.when;
if((typeof data17 !== "string") && (!(data17 && typeof data17 == "object" && !Array.isArray(data17)))){
const err51 = {instancePath:instancePath+"/branches/" + i0+"/when",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data17};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(typeof data17 === "string"){
if(func1(data17) < 1){
const err52 = {instancePath:instancePath+"/branches/" + i0+"/when",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data17};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(Object.keys(data17).length < 1){
const err53 = {instancePath:instancePath+"/branches/" + i0+"/when",schemaPath:"defs.schema.json#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data17};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
for(const key11 in data17){
const _errs59 = errors;
if(typeof key11 === "string"){
if(!pattern4.test(key11)){
const err54 = {instancePath:instancePath+"/branches/" + i0+"/when",schemaPath:"defs.schema.json#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key11,propertyName:key11};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
var valid23 = _errs59 === errors;
if(!valid23){
const err55 = {instancePath:instancePath+"/branches/" + i0+"/when",schemaPath:"defs.schema.json#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key11},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data17};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
for(const key12 in data17){
let data18 = data17[key12];
if(typeof data18 === "string"){
if(func1(data18) < 1){
const err56 = {instancePath:instancePath+"/branches/" + i0+"/when/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data18};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/branches/" + i0+"/when/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data18};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
}
if(data16.goto !== undefined){
let data19 = data16.goto;
if(typeof data19 === "string"){
if(func1(data19) > 80){
const err58 = {instancePath:instancePath+"/branches/" + i0+"/goto",schemaPath:"defs.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data19};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(!pattern8.test(data19)){
const err59 = {instancePath:instancePath+"/branches/" + i0+"/goto",schemaPath:"defs.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data19};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/branches/" + i0+"/goto",schemaPath:"defs.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data19};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/branches/" + i0,schemaPath:"#/properties/branches/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema119.properties.branches.items.type,parentSchema:schema119.properties.branches.items,data:data16};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/branches",schemaPath:"#/properties/branches/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema119.properties.branches.type,parentSchema:schema119.properties.branches,data:data15};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data.accountable !== undefined){
let data20 = data.accountable;
if(typeof data20 === "string"){
if(func1(data20) > 80){
const err63 = {instancePath:instancePath+"/accountable",schemaPath:"defs.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data20};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(!pattern8.test(data20)){
const err64 = {instancePath:instancePath+"/accountable",schemaPath:"defs.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data20};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
else {
const err65 = {instancePath:instancePath+"/accountable",schemaPath:"defs.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data20};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data.consulted !== undefined){
if(!(validate58(data.consulted, {instancePath:instancePath+"/consulted",parentData:data,parentDataProperty:"consulted",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
if(data.informed !== undefined){
if(!(validate58(data.informed, {instancePath:instancePath+"/informed",parentData:data,parentDataProperty:"informed",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
if(data.end !== undefined){
let data23 = data.end;
if(typeof data23 !== "boolean"){
const err66 = {instancePath:instancePath+"/end",schemaPath:"#/properties/end/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema119.properties.end.type,parentSchema:schema119.properties.end,data:data23};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema119.type,parentSchema:schema119,data};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
validate63.errors = vErrors;
return errors === 0;
}
validate63.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema89 = {"type":"array","description":"Knowledge-check questions shown on the page and graded in the browser.","items":{"$ref":"#/$defs/question"}};
const schema90 = {"type":"object","description":"A knowledge-check question for new hires: single or multiple choice, with an explanation shown after grading.","required":["id","prompt","options","explanation"],"additionalProperties":false,"properties":{"id":{"$ref":"#/$defs/id","description":"Id of the question, unique within its touchpoint or SOP."},"prompt":{"$ref":"#/$defs/text","description":"The question as the reader sees it."},"multiple":{"type":"boolean","default":false,"description":"true when more than one option is correct and the reader must pick all of them."},"options":{"type":"array","description":"The choices, at least two; mark the correct ones with correct: true.","minItems":2,"items":{"type":"object","description":"One choice.","required":["id","text"],"additionalProperties":false,"properties":{"id":{"$ref":"#/$defs/id","description":"Id of the option, unique within the question (a, b, c …)."},"text":{"$ref":"#/$defs/text","description":"The text of the option."},"correct":{"type":"boolean","default":false,"description":"true when choosing this option is right."}}}},"explanation":{"$ref":"#/$defs/text","description":"Why the right answer is right, shown after grading."}}};

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate54.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema90.required,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.prompt === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "prompt"},message:"must have required property '"+"prompt"+"'",schema:schema90.required,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.options === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "options"},message:"must have required property '"+"options"+"'",schema:schema90.required,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.explanation === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "explanation"},message:"must have required property '"+"explanation"+"'",schema:schema90.required,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "id") || (key0 === "prompt")) || (key0 === "multiple")) || (key0 === "options")) || (key0 === "explanation"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func1(data0) > 80){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern8.test(data0)){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.prompt !== undefined){
let data1 = data.prompt;
if((typeof data1 !== "string") && (!(data1 && typeof data1 == "object" && !Array.isArray(data1)))){
const err8 = {instancePath:instancePath+"/prompt",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err9 = {instancePath:instancePath+"/prompt",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(Object.keys(data1).length < 1){
const err10 = {instancePath:instancePath+"/prompt",schemaPath:"#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data1){
const _errs8 = errors;
if(typeof key1 === "string"){
if(!pattern4.test(key1)){
const err11 = {instancePath:instancePath+"/prompt",schemaPath:"#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var valid3 = _errs8 === errors;
if(!valid3){
const err12 = {instancePath:instancePath+"/prompt",schemaPath:"#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
for(const key2 in data1){
let data2 = data1[key2];
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err13 = {instancePath:instancePath+"/prompt/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/prompt/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
if(data.multiple !== undefined){
let data3 = data.multiple;
if(typeof data3 !== "boolean"){
const err15 = {instancePath:instancePath+"/multiple",schemaPath:"#/properties/multiple/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema90.properties.multiple.type,parentSchema:schema90.properties.multiple,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.options !== undefined){
let data4 = data.options;
if(Array.isArray(data4)){
if(data4.length < 2){
const err16 = {instancePath:instancePath+"/options",schemaPath:"#/properties/options/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema90.properties.options,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.id === undefined){
const err17 = {instancePath:instancePath+"/options/" + i0,schemaPath:"#/properties/options/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema90.properties.options.items.required,parentSchema:schema90.properties.options.items,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5.text === undefined){
const err18 = {instancePath:instancePath+"/options/" + i0,schemaPath:"#/properties/options/items/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema90.properties.options.items.required,parentSchema:schema90.properties.options.items,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key3 in data5){
if(!(((key3 === "id") || (key3 === "text")) || (key3 === "correct"))){
const err19 = {instancePath:instancePath+"/options/" + i0,schemaPath:"#/properties/options/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema90.properties.options.items,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data5.id !== undefined){
let data6 = data5.id;
if(typeof data6 === "string"){
if(func1(data6) > 80){
const err20 = {instancePath:instancePath+"/options/" + i0+"/id",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!pattern8.test(data6)){
const err21 = {instancePath:instancePath+"/options/" + i0+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/options/" + i0+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data5.text !== undefined){
let data7 = data5.text;
if((typeof data7 !== "string") && (!(data7 && typeof data7 == "object" && !Array.isArray(data7)))){
const err23 = {instancePath:instancePath+"/options/" + i0+"/text",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(typeof data7 === "string"){
if(func1(data7) < 1){
const err24 = {instancePath:instancePath+"/options/" + i0+"/text",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(Object.keys(data7).length < 1){
const err25 = {instancePath:instancePath+"/options/" + i0+"/text",schemaPath:"#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key4 in data7){
const _errs25 = errors;
if(typeof key4 === "string"){
if(!pattern4.test(key4)){
const err26 = {instancePath:instancePath+"/options/" + i0+"/text",schemaPath:"#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key4,propertyName:key4};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
var valid10 = _errs25 === errors;
if(!valid10){
const err27 = {instancePath:instancePath+"/options/" + i0+"/text",schemaPath:"#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
for(const key5 in data7){
let data8 = data7[key5];
if(typeof data8 === "string"){
if(func1(data8) < 1){
const err28 = {instancePath:instancePath+"/options/" + i0+"/text/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/options/" + i0+"/text/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
}
if(data5.correct !== undefined){
let data9 = data5.correct;
if(typeof data9 !== "boolean"){
const err30 = {instancePath:instancePath+"/options/" + i0+"/correct",schemaPath:"#/properties/options/items/properties/correct/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema90.properties.options.items.properties.correct.type,parentSchema:schema90.properties.options.items.properties.correct,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/options/" + i0,schemaPath:"#/properties/options/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema90.properties.options.items.type,parentSchema:schema90.properties.options.items,data:data5};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/options",schemaPath:"#/properties/options/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema90.properties.options.type,parentSchema:schema90.properties.options,data:data4};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.explanation !== undefined){
let data10 = data.explanation;
if((typeof data10 !== "string") && (!(data10 && typeof data10 == "object" && !Array.isArray(data10)))){
const err33 = {instancePath:instancePath+"/explanation",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(typeof data10 === "string"){
if(func1(data10) < 1){
const err34 = {instancePath:instancePath+"/explanation",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data10};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(Object.keys(data10).length < 1){
const err35 = {instancePath:instancePath+"/explanation",schemaPath:"#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data10};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
for(const key6 in data10){
const _errs34 = errors;
if(typeof key6 === "string"){
if(!pattern4.test(key6)){
const err36 = {instancePath:instancePath+"/explanation",schemaPath:"#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key6,propertyName:key6};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
var valid13 = _errs34 === errors;
if(!valid13){
const err37 = {instancePath:instancePath+"/explanation",schemaPath:"#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key6},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data10};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
for(const key7 in data10){
let data11 = data10[key7];
if(typeof data11 === "string"){
if(func1(data11) < 1){
const err38 = {instancePath:instancePath+"/explanation/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data11};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/explanation/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data11};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
}
}
else {
const err40 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema90.type,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}
validate54.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate69.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate54(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema89.type,parentSchema:schema89,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate69.errors = vErrors;
return errors === 0;
}
validate69.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="sop.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate57.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema96.required,parentSchema:schema96,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema96.required,parentSchema:schema96,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.touchpoints === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "touchpoints"},message:"must have required property '"+"touchpoints"+"'",schema:schema96.required,parentSchema:schema96,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.tier === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tier"},message:"must have required property '"+"tier"+"'",schema:schema96.required,parentSchema:schema96,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.trigger === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "trigger"},message:"must have required property '"+"trigger"+"'",schema:schema96.required,parentSchema:schema96,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.owner === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "owner"},message:"must have required property '"+"owner"+"'",schema:schema96.required,parentSchema:schema96,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.version === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema96.required,parentSchema:schema96,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.effective === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "effective"},message:"must have required property '"+"effective"+"'",schema:schema96.required,parentSchema:schema96,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.changelog === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "changelog"},message:"must have required property '"+"changelog"+"'",schema:schema96.required,parentSchema:schema96,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.roles === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "roles"},message:"must have required property '"+"roles"+"'",schema:schema96.required,parentSchema:schema96,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.steps === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "steps"},message:"must have required property '"+"steps"+"'",schema:schema96.required,parentSchema:schema96,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key0 in data){
if(!(func3.call(schema96.properties, key0))){
const err11 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema96,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err12 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema96.properties.$schema.type,parentSchema:schema96.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(func1(data1) > 80){
const err13 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!pattern8.test(data1)){
const err14 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data1};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.code !== undefined){
let data2 = data.code;
if(typeof data2 === "string"){
if(!pattern20.test(data2)){
const err16 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$"},message:"must match pattern \""+"^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$"+"\"",schema:"^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$",parentSchema:schema96.properties.code,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema96.properties.code.type,parentSchema:schema96.properties.code,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.title !== undefined){
let data3 = data.title;
if((typeof data3 !== "string") && (!(data3 && typeof data3 == "object" && !Array.isArray(data3)))){
const err18 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err19 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(Object.keys(data3).length < 1){
const err20 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data3};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
for(const key1 in data3){
const _errs12 = errors;
if(typeof key1 === "string"){
if(!pattern4.test(key1)){
const err21 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
var valid3 = _errs12 === errors;
if(!valid3){
const err22 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data3};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
for(const key2 in data3){
let data4 = data3[key2];
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err23 = {instancePath:instancePath+"/title/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/title/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
}
if(data.summary !== undefined){
let data5 = data.summary;
if((typeof data5 !== "string") && (!(data5 && typeof data5 == "object" && !Array.isArray(data5)))){
const err25 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(typeof data5 === "string"){
if(func1(data5) < 1){
const err26 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data5};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(Object.keys(data5).length < 1){
const err27 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data5};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key3 in data5){
const _errs19 = errors;
if(typeof key3 === "string"){
if(!pattern4.test(key3)){
const err28 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
var valid6 = _errs19 === errors;
if(!valid6){
const err29 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data5};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
for(const key4 in data5){
let data6 = data5[key4];
if(typeof data6 === "string"){
if(func1(data6) < 1){
const err30 = {instancePath:instancePath+"/summary/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data6};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/summary/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data6};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
}
if(data.touchpoints !== undefined){
let data7 = data.touchpoints;
if(!(validate58(data7, {instancePath:instancePath+"/touchpoints",parentData:data,parentDataProperty:"touchpoints",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
if(Array.isArray(data7)){
if(data7.length < 1){
const err32 = {instancePath:instancePath+"/touchpoints",schemaPath:"#/properties/touchpoints/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema96.properties.touchpoints,data:data7};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/touchpoints",schemaPath:"#/properties/touchpoints/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema96.properties.touchpoints.type,parentSchema:schema96.properties.touchpoints,data:data7};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.tier !== undefined){
let data8 = data.tier;
if(typeof data8 === "string"){
if(func1(data8) > 80){
const err34 = {instancePath:instancePath+"/tier",schemaPath:"defs.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data8};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(!pattern8.test(data8)){
const err35 = {instancePath:instancePath+"/tier",schemaPath:"defs.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data8};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/tier",schemaPath:"defs.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data8};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.trigger !== undefined){
let data9 = data.trigger;
if((typeof data9 !== "string") && (!(data9 && typeof data9 == "object" && !Array.isArray(data9)))){
const err37 = {instancePath:instancePath+"/trigger",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data9};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(typeof data9 === "string"){
if(func1(data9) < 1){
const err38 = {instancePath:instancePath+"/trigger",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data9};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(Object.keys(data9).length < 1){
const err39 = {instancePath:instancePath+"/trigger",schemaPath:"defs.schema.json#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data9};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
for(const key5 in data9){
const _errs33 = errors;
if(typeof key5 === "string"){
if(!pattern4.test(key5)){
const err40 = {instancePath:instancePath+"/trigger",schemaPath:"defs.schema.json#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key5,propertyName:key5};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
var valid10 = _errs33 === errors;
if(!valid10){
const err41 = {instancePath:instancePath+"/trigger",schemaPath:"defs.schema.json#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key5},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data9};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
for(const key6 in data9){
let data10 = data9[key6];
if(typeof data10 === "string"){
if(func1(data10) < 1){
const err42 = {instancePath:instancePath+"/trigger/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data10};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/trigger/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data10};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
}
if(data.owner !== undefined){
let data11 = data.owner;
if((typeof data11 !== "string") && (!(data11 && typeof data11 == "object" && !Array.isArray(data11)))){
const err44 = {instancePath:instancePath+"/owner",schemaPath:"defs.schema.json#/$defs/owner/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data11};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(typeof data11 === "string"){
if(func1(data11) < 1){
const err45 = {instancePath:instancePath+"/owner",schemaPath:"defs.schema.json#/$defs/owner/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data11};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(Object.keys(data11).length < 1){
const err46 = {instancePath:instancePath+"/owner",schemaPath:"defs.schema.json#/$defs/owner/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data11};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
for(const key7 in data11){
const _errs40 = errors;
if(typeof key7 === "string"){
if(!pattern4.test(key7)){
const err47 = {instancePath:instancePath+"/owner",schemaPath:"defs.schema.json#/$defs/owner/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key7,propertyName:key7};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
var valid13 = _errs40 === errors;
if(!valid13){
const err48 = {instancePath:instancePath+"/owner",schemaPath:"defs.schema.json#/$defs/owner/propertyNames",keyword:"propertyNames",params:{propertyName: key7},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data11};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
for(const key8 in data11){
let data12 = data11[key8];
if(typeof data12 === "string"){
if(func1(data12) < 1){
const err49 = {instancePath:instancePath+"/owner/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/owner/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data12};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/owner/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/owner/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data12};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
}
if(data.version !== undefined){
let data13 = data.version;
if(typeof data13 === "string"){
if(!pattern7.test(data13)){
const err51 = {instancePath:instancePath+"/version",schemaPath:"defs.schema.json#/$defs/version/pattern",keyword:"pattern",params:{pattern: "^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?$"},message:"must match pattern \""+"^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?$"+"\"",schema:"^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?$",parentSchema:schema40,data:data13};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/version",schemaPath:"defs.schema.json#/$defs/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data13};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.effective !== undefined){
let data14 = data.effective;
if(typeof data14 === "string"){
if(!(formats0.validate(data14))){
const err53 = {instancePath:instancePath+"/effective",schemaPath:"defs.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema69,data:data14};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/effective",schemaPath:"defs.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.type,parentSchema:schema69,data:data14};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.reviewBy !== undefined){
let data15 = data.reviewBy;
if(typeof data15 === "string"){
if(!(formats0.validate(data15))){
const err55 = {instancePath:instancePath+"/reviewBy",schemaPath:"defs.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema69,data:data15};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/reviewBy",schemaPath:"defs.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.type,parentSchema:schema69,data:data15};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.changelog !== undefined){
if(!(validate60(data.changelog, {instancePath:instancePath+"/changelog",parentData:data,parentDataProperty:"changelog",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
}
if(data.priorities !== undefined){
let data17 = data.priorities;
if(Array.isArray(data17)){
const len0 = data17.length;
for(let i0=0; i0<len0; i0++){
let data18 = data17[i0];
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.id === undefined){
const err57 = {instancePath:instancePath+"/priorities/" + i0,schemaPath:"#/properties/priorities/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema96.properties.priorities.items.required,parentSchema:schema96.properties.priorities.items,data:data18};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data18.label === undefined){
const err58 = {instancePath:instancePath+"/priorities/" + i0,schemaPath:"#/properties/priorities/items/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema96.properties.priorities.items.required,parentSchema:schema96.properties.priorities.items,data:data18};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
for(const key9 in data18){
if(!(((((((key9 === "id") || (key9 === "label")) || (key9 === "definition")) || (key9 === "respond")) || (key9 === "resolve")) || (key9 === "followUp")) || (key9 === "note"))){
const err59 = {instancePath:instancePath+"/priorities/" + i0,schemaPath:"#/properties/priorities/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema96.properties.priorities.items,data:data18};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data18.id !== undefined){
let data19 = data18.id;
if(typeof data19 === "string"){
if(func1(data19) > 80){
const err60 = {instancePath:instancePath+"/priorities/" + i0+"/id",schemaPath:"defs.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data19};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(!pattern8.test(data19)){
const err61 = {instancePath:instancePath+"/priorities/" + i0+"/id",schemaPath:"defs.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data19};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/priorities/" + i0+"/id",schemaPath:"defs.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data19};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data18.label !== undefined){
let data20 = data18.label;
if((typeof data20 !== "string") && (!(data20 && typeof data20 == "object" && !Array.isArray(data20)))){
const err63 = {instancePath:instancePath+"/priorities/" + i0+"/label",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data20};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(typeof data20 === "string"){
if(func1(data20) < 1){
const err64 = {instancePath:instancePath+"/priorities/" + i0+"/label",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data20};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(Object.keys(data20).length < 1){
const err65 = {instancePath:instancePath+"/priorities/" + i0+"/label",schemaPath:"defs.schema.json#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data20};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
for(const key10 in data20){
const _errs65 = errors;
if(typeof key10 === "string"){
if(!pattern4.test(key10)){
const err66 = {instancePath:instancePath+"/priorities/" + i0+"/label",schemaPath:"defs.schema.json#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key10,propertyName:key10};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
var valid23 = _errs65 === errors;
if(!valid23){
const err67 = {instancePath:instancePath+"/priorities/" + i0+"/label",schemaPath:"defs.schema.json#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key10},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data20};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
for(const key11 in data20){
let data21 = data20[key11];
if(typeof data21 === "string"){
if(func1(data21) < 1){
const err68 = {instancePath:instancePath+"/priorities/" + i0+"/label/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data21};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/priorities/" + i0+"/label/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data21};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
}
if(data18.definition !== undefined){
let data22 = data18.definition;
if((typeof data22 !== "string") && (!(data22 && typeof data22 == "object" && !Array.isArray(data22)))){
const err70 = {instancePath:instancePath+"/priorities/" + i0+"/definition",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data22};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(typeof data22 === "string"){
if(func1(data22) < 1){
const err71 = {instancePath:instancePath+"/priorities/" + i0+"/definition",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data22};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(Object.keys(data22).length < 1){
const err72 = {instancePath:instancePath+"/priorities/" + i0+"/definition",schemaPath:"defs.schema.json#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data22};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
for(const key12 in data22){
const _errs72 = errors;
if(typeof key12 === "string"){
if(!pattern4.test(key12)){
const err73 = {instancePath:instancePath+"/priorities/" + i0+"/definition",schemaPath:"defs.schema.json#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key12,propertyName:key12};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
var valid26 = _errs72 === errors;
if(!valid26){
const err74 = {instancePath:instancePath+"/priorities/" + i0+"/definition",schemaPath:"defs.schema.json#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key12},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data22};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
for(const key13 in data22){
let data23 = data22[key13];
if(typeof data23 === "string"){
if(func1(data23) < 1){
const err75 = {instancePath:instancePath+"/priorities/" + i0+"/definition/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data23};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
else {
const err76 = {instancePath:instancePath+"/priorities/" + i0+"/definition/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data23};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
}
if(data18.respond !== undefined){
let data24 = data18.respond;
if(typeof data24 === "string"){
if(!pattern42.test(data24)){
const err77 = {instancePath:instancePath+"/priorities/" + i0+"/respond",schemaPath:"defs.schema.json#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^P(?!$)(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+W)?(?:[0-9]+D)?(?:T(?=[0-9])(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+S)?)?$"},message:"must match pattern \""+"^P(?!$)(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+W)?(?:[0-9]+D)?(?:T(?=[0-9])(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+S)?)?$"+"\"",schema:"^P(?!$)(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+W)?(?:[0-9]+D)?(?:T(?=[0-9])(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+S)?)?$",parentSchema:schema86,data:data24};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
else {
const err78 = {instancePath:instancePath+"/priorities/" + i0+"/respond",schemaPath:"defs.schema.json#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema86.type,parentSchema:schema86,data:data24};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data18.resolve !== undefined){
let data25 = data18.resolve;
if(typeof data25 === "string"){
if(!pattern42.test(data25)){
const err79 = {instancePath:instancePath+"/priorities/" + i0+"/resolve",schemaPath:"defs.schema.json#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^P(?!$)(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+W)?(?:[0-9]+D)?(?:T(?=[0-9])(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+S)?)?$"},message:"must match pattern \""+"^P(?!$)(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+W)?(?:[0-9]+D)?(?:T(?=[0-9])(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+S)?)?$"+"\"",schema:"^P(?!$)(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+W)?(?:[0-9]+D)?(?:T(?=[0-9])(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+S)?)?$",parentSchema:schema86,data:data25};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/priorities/" + i0+"/resolve",schemaPath:"defs.schema.json#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema86.type,parentSchema:schema86,data:data25};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data18.followUp !== undefined){
let data26 = data18.followUp;
if(typeof data26 === "string"){
if(!pattern42.test(data26)){
const err81 = {instancePath:instancePath+"/priorities/" + i0+"/followUp",schemaPath:"defs.schema.json#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^P(?!$)(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+W)?(?:[0-9]+D)?(?:T(?=[0-9])(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+S)?)?$"},message:"must match pattern \""+"^P(?!$)(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+W)?(?:[0-9]+D)?(?:T(?=[0-9])(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+S)?)?$"+"\"",schema:"^P(?!$)(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+W)?(?:[0-9]+D)?(?:T(?=[0-9])(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+S)?)?$",parentSchema:schema86,data:data26};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
else {
const err82 = {instancePath:instancePath+"/priorities/" + i0+"/followUp",schemaPath:"defs.schema.json#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema86.type,parentSchema:schema86,data:data26};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data18.note !== undefined){
let data27 = data18.note;
if((typeof data27 !== "string") && (!(data27 && typeof data27 == "object" && !Array.isArray(data27)))){
const err83 = {instancePath:instancePath+"/priorities/" + i0+"/note",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data27};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(typeof data27 === "string"){
if(func1(data27) < 1){
const err84 = {instancePath:instancePath+"/priorities/" + i0+"/note",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data27};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(Object.keys(data27).length < 1){
const err85 = {instancePath:instancePath+"/priorities/" + i0+"/note",schemaPath:"defs.schema.json#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data27};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
for(const key14 in data27){
const _errs88 = errors;
if(typeof key14 === "string"){
if(!pattern4.test(key14)){
const err86 = {instancePath:instancePath+"/priorities/" + i0+"/note",schemaPath:"defs.schema.json#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key14,propertyName:key14};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
var valid32 = _errs88 === errors;
if(!valid32){
const err87 = {instancePath:instancePath+"/priorities/" + i0+"/note",schemaPath:"defs.schema.json#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key14},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data27};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
for(const key15 in data27){
let data28 = data27[key15];
if(typeof data28 === "string"){
if(func1(data28) < 1){
const err88 = {instancePath:instancePath+"/priorities/" + i0+"/note/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data28};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
else {
const err89 = {instancePath:instancePath+"/priorities/" + i0+"/note/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data28};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
}
}
}
else {
const err90 = {instancePath:instancePath+"/priorities/" + i0,schemaPath:"#/properties/priorities/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema96.properties.priorities.items.type,parentSchema:schema96.properties.priorities.items,data:data18};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
}
else {
const err91 = {instancePath:instancePath+"/priorities",schemaPath:"#/properties/priorities/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema96.properties.priorities.type,parentSchema:schema96.properties.priorities,data:data17};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data.roles !== undefined){
let data29 = data.roles;
if(Array.isArray(data29)){
if(data29.length < 1){
const err92 = {instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema96.properties.roles,data:data29};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
const len1 = data29.length;
for(let i1=0; i1<len1; i1++){
let data30 = data29[i1];
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.id === undefined){
const err93 = {instancePath:instancePath+"/roles/" + i1,schemaPath:"#/properties/roles/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema96.properties.roles.items.required,parentSchema:schema96.properties.roles.items,data:data30};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if(data30.name === undefined){
const err94 = {instancePath:instancePath+"/roles/" + i1,schemaPath:"#/properties/roles/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema96.properties.roles.items.required,parentSchema:schema96.properties.roles.items,data:data30};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
for(const key16 in data30){
if(!(((key16 === "id") || (key16 === "name")) || (key16 === "department"))){
const err95 = {instancePath:instancePath+"/roles/" + i1,schemaPath:"#/properties/roles/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties",schema:false,parentSchema:schema96.properties.roles.items,data:data30};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data30.id !== undefined){
let data31 = data30.id;
if(typeof data31 === "string"){
if(func1(data31) > 80){
const err96 = {instancePath:instancePath+"/roles/" + i1+"/id",schemaPath:"defs.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data31};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(!pattern8.test(data31)){
const err97 = {instancePath:instancePath+"/roles/" + i1+"/id",schemaPath:"defs.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data31};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
else {
const err98 = {instancePath:instancePath+"/roles/" + i1+"/id",schemaPath:"defs.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data31};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data30.name !== undefined){
let data32 = data30.name;
if((typeof data32 !== "string") && (!(data32 && typeof data32 == "object" && !Array.isArray(data32)))){
const err99 = {instancePath:instancePath+"/roles/" + i1+"/name",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data32};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if(typeof data32 === "string"){
if(func1(data32) < 1){
const err100 = {instancePath:instancePath+"/roles/" + i1+"/name",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data32};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
if(Object.keys(data32).length < 1){
const err101 = {instancePath:instancePath+"/roles/" + i1+"/name",schemaPath:"defs.schema.json#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data32};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
for(const key17 in data32){
const _errs103 = errors;
if(typeof key17 === "string"){
if(!pattern4.test(key17)){
const err102 = {instancePath:instancePath+"/roles/" + i1+"/name",schemaPath:"defs.schema.json#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key17,propertyName:key17};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
var valid39 = _errs103 === errors;
if(!valid39){
const err103 = {instancePath:instancePath+"/roles/" + i1+"/name",schemaPath:"defs.schema.json#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key17},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data32};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
for(const key18 in data32){
let data33 = data32[key18];
if(typeof data33 === "string"){
if(func1(data33) < 1){
const err104 = {instancePath:instancePath+"/roles/" + i1+"/name/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data33};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
else {
const err105 = {instancePath:instancePath+"/roles/" + i1+"/name/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data33};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
}
}
if(data30.department !== undefined){
let data34 = data30.department;
if((typeof data34 !== "string") && (!(data34 && typeof data34 == "object" && !Array.isArray(data34)))){
const err106 = {instancePath:instancePath+"/roles/" + i1+"/department",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data34};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if(typeof data34 === "string"){
if(func1(data34) < 1){
const err107 = {instancePath:instancePath+"/roles/" + i1+"/department",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data34};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
if(Object.keys(data34).length < 1){
const err108 = {instancePath:instancePath+"/roles/" + i1+"/department",schemaPath:"defs.schema.json#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data34};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
for(const key19 in data34){
const _errs110 = errors;
if(typeof key19 === "string"){
if(!pattern4.test(key19)){
const err109 = {instancePath:instancePath+"/roles/" + i1+"/department",schemaPath:"defs.schema.json#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key19,propertyName:key19};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
var valid42 = _errs110 === errors;
if(!valid42){
const err110 = {instancePath:instancePath+"/roles/" + i1+"/department",schemaPath:"defs.schema.json#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key19},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data34};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
for(const key20 in data34){
let data35 = data34[key20];
if(typeof data35 === "string"){
if(func1(data35) < 1){
const err111 = {instancePath:instancePath+"/roles/" + i1+"/department/" + key20.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data35};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
else {
const err112 = {instancePath:instancePath+"/roles/" + i1+"/department/" + key20.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data35};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
}
}
}
else {
const err113 = {instancePath:instancePath+"/roles/" + i1,schemaPath:"#/properties/roles/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema96.properties.roles.items.type,parentSchema:schema96.properties.roles.items,data:data30};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
}
else {
const err114 = {instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema96.properties.roles.type,parentSchema:schema96.properties.roles,data:data29};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data.steps !== undefined){
let data36 = data.steps;
if(Array.isArray(data36)){
if(data36.length < 1){
const err115 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema96.properties.steps,data:data36};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
const len2 = data36.length;
for(let i2=0; i2<len2; i2++){
if(!(validate63(data36[i2], {instancePath:instancePath+"/steps/" + i2,parentData:data36,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
}
}
else {
const err116 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema96.properties.steps.type,parentSchema:schema96.properties.steps,data:data36};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data.questions !== undefined){
if(!(validate69(data.questions, {instancePath:instancePath+"/questions",parentData:data,parentDataProperty:"questions",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
else {
const err117 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema96.type,parentSchema:schema96,data};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
validate57.errors = vErrors;
return errors === 0;
}
validate57.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
return validate57;
})();

/** schemas/checklist.schema.json */
export const validateChecklist = /* @__PURE__ */ (() => {
const schema135 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"checklist.schema.json","description":"standards/checklists/<id>.yaml: a scorecard for audits or self-assessments, made of sections that pick touchpoints and their items.","type":"object","required":["id","title","purpose","owner","version","effective","changelog","sections"],"additionalProperties":false,"properties":{"$schema":{"type":"string","description":"Optional path to this schema, for editors."},"id":{"$ref":"defs.schema.json#/$defs/id","description":"Stable id of the checklist, unique in the handbook; by convention the file's name."},"code":{"type":"string","pattern":"^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$","description":"The short code of the scorecard, such as CL-PM-01."},"title":{"$ref":"defs.schema.json#/$defs/text","description":"Name of the scorecard."},"summary":{"$ref":"defs.schema.json#/$defs/text","description":"What the scorecard is for and how to use it."},"purpose":{"$ref":"defs.schema.json#/$defs/auditKind"},"industry":{"$ref":"defs.schema.json#/$defs/id","x-taxonomy":"industries","description":"Industry, from the handbook's taxonomies.industries."},"owner":{"$ref":"defs.schema.json#/$defs/owner"},"version":{"$ref":"defs.schema.json#/$defs/version","description":"Version of the scorecard; audit records name it. Must equal the newest changelog entry's version."},"effective":{"$ref":"defs.schema.json#/$defs/date","description":"Date from which this version applies."},"reviewBy":{"$ref":"defs.schema.json#/$defs/date","description":"Date by which the owner reviews the scorecard again; a date in the past is flagged."},"changelog":{"$ref":"defs.schema.json#/$defs/changelog"},"instructions":{"$ref":"defs.schema.json#/$defs/textList","description":"What the auditor does before and during the visit."},"sections":{"type":"array","description":"The scorecard's sections, usually one per touchpoint.","minItems":1,"items":{"type":"object","description":"One section: a touchpoint and the items of it that are scored.","required":["id","touchpoint"],"additionalProperties":false,"properties":{"id":{"$ref":"defs.schema.json#/$defs/id","description":"Id of the section, unique within the checklist."},"title":{"$ref":"defs.schema.json#/$defs/text","description":"Heading of the section; the touchpoint's title when left out."},"touchpoint":{"$ref":"defs.schema.json#/$defs/id","x-ref":"touchpoint","description":"Id of the touchpoint this section scores."},"items":{"type":"array","$ref":"defs.schema.json#/$defs/idList","x-ref":"item","description":"Ids of the touchpoint's items to score; every item when left out.","minItems":1},"weight":{"type":"number","exclusiveMinimum":0,"maximum":1000,"description":"Weight of the section in the overall score, above 0 and at most 1000. Give it to every section or to none: without weights the overall score pools all items."}}}},"bands":{"$ref":"defs.schema.json#/$defs/bands","description":"Score bands for this scorecard, replacing the handbook's."}}};
const schema43 = {"type":"string","description":"A stable identifier: lower-case letters, digits and single hyphens (kebab-case). Never change it once published: other files and audit records refer to it.","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":80};
const schema37 = {"type":["string","object"],"description":"Human text: a plain string in the handbook's default locale, or a map from locale (zh-CN, en) to the text in that locale.","minLength":1,"minProperties":1,"propertyNames":{"pattern":"^[a-z]{2}(?:-[A-Z]{2})?$"},"additionalProperties":{"type":"string","minLength":1}};
const schema139 = {"type":"string","description":"Who scores and how: a self-assessment by the site, a mystery shopper's visit, or an internal audit by quality staff.","enum":["self-assessment","mystery-shopper","internal-audit"]};
const schema40 = {"type":"string","description":"A version number: MAJOR.MINOR or MAJOR.MINOR.PATCH. Raise it with every published change and add a changelog entry.","pattern":"^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?$"};
const schema69 = {"type":"string","description":"A calendar date written YYYY-MM-DD.","format":"date"};
const func3 = Object.prototype.hasOwnProperty;
const func1 = ucs2length;
const pattern8 = new RegExp("^[a-z0-9]+(?:-[a-z0-9]+)*$", "u");
const pattern20 = new RegExp("^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$", "u");
const pattern4 = new RegExp("^[a-z]{2}(?:-[A-Z]{2})?$", "u");
const pattern7 = new RegExp("^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?$", "u");
const formats0 = __formats.date;
const schema71 = {"type":"array","description":"Published changes, newest first. The newest entry's version must equal the file's version.","minItems":1,"items":{"$ref":"#/$defs/changelogEntry"}};
const schema72 = {"type":"object","description":"One published change: which version, when it took effect and why.","required":["version","date","reason"],"additionalProperties":false,"properties":{"version":{"$ref":"#/$defs/version","description":"The version this change produced."},"date":{"$ref":"#/$defs/date","description":"The date the change took effect."},"reason":{"$ref":"#/$defs/text","description":"Why the standard changed, so that everyone understands what is different."}}};

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema72.required,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.date === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema72.required,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.reason === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema72.required,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "version") || (key0 === "date")) || (key0 === "reason"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.version !== undefined){
let data0 = data.version;
if(typeof data0 === "string"){
if(!pattern7.test(data0)){
const err4 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/version/pattern",keyword:"pattern",params:{pattern: "^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?$"},message:"must match pattern \""+"^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?$"+"\"",schema:"^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?$",parentSchema:schema40,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.date !== undefined){
let data1 = data.date;
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
const err6 = {instancePath:instancePath+"/date",schemaPath:"#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema69,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/date",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.type,parentSchema:schema69,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.reason !== undefined){
let data2 = data.reason;
if((typeof data2 !== "string") && (!(data2 && typeof data2 == "object" && !Array.isArray(data2)))){
const err8 = {instancePath:instancePath+"/reason",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err9 = {instancePath:instancePath+"/reason",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(Object.keys(data2).length < 1){
const err10 = {instancePath:instancePath+"/reason",schemaPath:"#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data2){
const _errs11 = errors;
if(typeof key1 === "string"){
if(!pattern4.test(key1)){
const err11 = {instancePath:instancePath+"/reason",schemaPath:"#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var valid4 = _errs11 === errors;
if(!valid4){
const err12 = {instancePath:instancePath+"/reason",schemaPath:"#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
for(const key2 in data2){
let data3 = data2[key2];
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err13 = {instancePath:instancePath+"/reason/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/reason/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.type,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate73(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate73.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length < 1){
const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate43(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema71.type,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate73.errors = vErrors;
return errors === 0;
}
validate73.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema76 = {"type":"array","description":"A list of human texts.","items":{"$ref":"#/$defs/text"}};

function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate76.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if((typeof data0 !== "string") && (!(data0 && typeof data0 == "object" && !Array.isArray(data0)))){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(Object.keys(data0).length < 1){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data0){
const _errs4 = errors;
if(typeof key0 === "string"){
if(!pattern4.test(key0)){
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var valid3 = _errs4 === errors;
if(!valid3){
const err4 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
for(const key1 in data0){
let data1 = data0[key1];
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err5 = {instancePath:instancePath+"/" + i0+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/" + i0+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema76.type,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate76.errors = vErrors;
return errors === 0;
}
validate76.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema87 = {"type":"array","description":"A list of ids, each listed once.","items":{"$ref":"#/$defs/id"},"uniqueItems":true};
const func0 = equal;

function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate78.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 === "string"){
if(func1(data0) > 80){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!pattern8.test(data0)){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
let i1 = data.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data[i1], data[j0])){
const err3 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema87.type,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate78.errors = vErrors;
return errors === 0;
}
validate78.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema49 = {"type":"array","description":"Score bands from the highest to the lowest; the lowest must start at 0.","minItems":1,"items":{"$ref":"#/$defs/band"}};
const schema50 = {"type":"object","description":"A score band: scores at or above min (and below the next band up) get this band.","required":["id","min","label"],"additionalProperties":false,"properties":{"id":{"$ref":"#/$defs/id","description":"Id of the band, such as green, amber or red."},"min":{"type":"number","minimum":0,"maximum":100,"description":"The lowest score (0–100) in this band."},"label":{"$ref":"#/$defs/text","description":"Name of the band as shown to auditors."},"color":{"type":"string","pattern":"^#[0-9a-fA-F]{6}$","description":"Colour used to show the band, as #rrggbb."}}};
const pattern16 = new RegExp("^#[0-9a-fA-F]{6}$", "u");

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.min === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "min"},message:"must have required property '"+"min"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.label === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "min")) || (key0 === "label")) || (key0 === "color"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func1(data0) > 80){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern8.test(data0)){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.min !== undefined){
let data1 = data.min;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 100 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/min",schemaPath:"#/properties/min/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema50.properties.min,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/min",schemaPath:"#/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema50.properties.min,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/min",schemaPath:"#/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema50.properties.min.type,parentSchema:schema50.properties.min,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.label !== undefined){
let data2 = data.label;
if((typeof data2 !== "string") && (!(data2 && typeof data2 == "object" && !Array.isArray(data2)))){
const err10 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err11 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(Object.keys(data2).length < 1){
const err12 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data2){
const _errs10 = errors;
if(typeof key1 === "string"){
if(!pattern4.test(key1)){
const err13 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var valid3 = _errs10 === errors;
if(!valid3){
const err14 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
for(const key2 in data2){
let data3 = data2[key2];
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err15 = {instancePath:instancePath+"/label/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/label/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
}
if(data.color !== undefined){
let data4 = data.color;
if(typeof data4 === "string"){
if(!pattern16.test(data4)){
const err17 = {instancePath:instancePath+"/color",schemaPath:"#/properties/color/pattern",keyword:"pattern",params:{pattern: "^#[0-9a-fA-F]{6}$"},message:"must match pattern \""+"^#[0-9a-fA-F]{6}$"+"\"",schema:"^#[0-9a-fA-F]{6}$",parentSchema:schema50.properties.color,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/color",schemaPath:"#/properties/color/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.color.type,parentSchema:schema50.properties.color,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.type,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate80(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate80.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length < 1){
const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate38(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.type,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate80.errors = vErrors;
return errors === 0;
}
validate80.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="checklist.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate72.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema135.required,parentSchema:schema135,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema135.required,parentSchema:schema135,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.purpose === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "purpose"},message:"must have required property '"+"purpose"+"'",schema:schema135.required,parentSchema:schema135,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.owner === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "owner"},message:"must have required property '"+"owner"+"'",schema:schema135.required,parentSchema:schema135,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.version === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema135.required,parentSchema:schema135,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.effective === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "effective"},message:"must have required property '"+"effective"+"'",schema:schema135.required,parentSchema:schema135,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.changelog === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "changelog"},message:"must have required property '"+"changelog"+"'",schema:schema135.required,parentSchema:schema135,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.sections === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sections"},message:"must have required property '"+"sections"+"'",schema:schema135.required,parentSchema:schema135,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!(func3.call(schema135.properties, key0))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema135,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err9 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema135.properties.$schema.type,parentSchema:schema135.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(func1(data1) > 80){
const err10 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern8.test(data1)){
const err11 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.code !== undefined){
let data2 = data.code;
if(typeof data2 === "string"){
if(!pattern20.test(data2)){
const err13 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$"},message:"must match pattern \""+"^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$"+"\"",schema:"^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$",parentSchema:schema135.properties.code,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema135.properties.code.type,parentSchema:schema135.properties.code,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.title !== undefined){
let data3 = data.title;
if((typeof data3 !== "string") && (!(data3 && typeof data3 == "object" && !Array.isArray(data3)))){
const err15 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err16 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(Object.keys(data3).length < 1){
const err17 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key1 in data3){
const _errs12 = errors;
if(typeof key1 === "string"){
if(!pattern4.test(key1)){
const err18 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
var valid3 = _errs12 === errors;
if(!valid3){
const err19 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
for(const key2 in data3){
let data4 = data3[key2];
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err20 = {instancePath:instancePath+"/title/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/title/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
}
if(data.summary !== undefined){
let data5 = data.summary;
if((typeof data5 !== "string") && (!(data5 && typeof data5 == "object" && !Array.isArray(data5)))){
const err22 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(typeof data5 === "string"){
if(func1(data5) < 1){
const err23 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(Object.keys(data5).length < 1){
const err24 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key3 in data5){
const _errs19 = errors;
if(typeof key3 === "string"){
if(!pattern4.test(key3)){
const err25 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
var valid6 = _errs19 === errors;
if(!valid6){
const err26 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data5};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
for(const key4 in data5){
let data6 = data5[key4];
if(typeof data6 === "string"){
if(func1(data6) < 1){
const err27 = {instancePath:instancePath+"/summary/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data6};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/summary/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data6};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
}
if(data.purpose !== undefined){
let data7 = data.purpose;
if(typeof data7 !== "string"){
const err29 = {instancePath:instancePath+"/purpose",schemaPath:"defs.schema.json#/$defs/auditKind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema139.type,parentSchema:schema139,data:data7};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!(((data7 === "self-assessment") || (data7 === "mystery-shopper")) || (data7 === "internal-audit"))){
const err30 = {instancePath:instancePath+"/purpose",schemaPath:"defs.schema.json#/$defs/auditKind/enum",keyword:"enum",params:{allowedValues: schema139.enum},message:"must be equal to one of the allowed values",schema:schema139.enum,parentSchema:schema139,data:data7};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.industry !== undefined){
let data8 = data.industry;
if(typeof data8 === "string"){
if(func1(data8) > 80){
const err31 = {instancePath:instancePath+"/industry",schemaPath:"defs.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data8};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(!pattern8.test(data8)){
const err32 = {instancePath:instancePath+"/industry",schemaPath:"defs.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data8};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/industry",schemaPath:"defs.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data8};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.owner !== undefined){
let data9 = data.owner;
if((typeof data9 !== "string") && (!(data9 && typeof data9 == "object" && !Array.isArray(data9)))){
const err34 = {instancePath:instancePath+"/owner",schemaPath:"defs.schema.json#/$defs/owner/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data9};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(typeof data9 === "string"){
if(func1(data9) < 1){
const err35 = {instancePath:instancePath+"/owner",schemaPath:"defs.schema.json#/$defs/owner/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data9};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(Object.keys(data9).length < 1){
const err36 = {instancePath:instancePath+"/owner",schemaPath:"defs.schema.json#/$defs/owner/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data9};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
for(const key5 in data9){
const _errs33 = errors;
if(typeof key5 === "string"){
if(!pattern4.test(key5)){
const err37 = {instancePath:instancePath+"/owner",schemaPath:"defs.schema.json#/$defs/owner/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key5,propertyName:key5};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
var valid11 = _errs33 === errors;
if(!valid11){
const err38 = {instancePath:instancePath+"/owner",schemaPath:"defs.schema.json#/$defs/owner/propertyNames",keyword:"propertyNames",params:{propertyName: key5},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data9};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
for(const key6 in data9){
let data10 = data9[key6];
if(typeof data10 === "string"){
if(func1(data10) < 1){
const err39 = {instancePath:instancePath+"/owner/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/owner/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data10};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/owner/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/owner/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data10};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
}
if(data.version !== undefined){
let data11 = data.version;
if(typeof data11 === "string"){
if(!pattern7.test(data11)){
const err41 = {instancePath:instancePath+"/version",schemaPath:"defs.schema.json#/$defs/version/pattern",keyword:"pattern",params:{pattern: "^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?$"},message:"must match pattern \""+"^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?$"+"\"",schema:"^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?$",parentSchema:schema40,data:data11};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/version",schemaPath:"defs.schema.json#/$defs/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data11};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.effective !== undefined){
let data12 = data.effective;
if(typeof data12 === "string"){
if(!(formats0.validate(data12))){
const err43 = {instancePath:instancePath+"/effective",schemaPath:"defs.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema69,data:data12};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/effective",schemaPath:"defs.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.type,parentSchema:schema69,data:data12};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.reviewBy !== undefined){
let data13 = data.reviewBy;
if(typeof data13 === "string"){
if(!(formats0.validate(data13))){
const err45 = {instancePath:instancePath+"/reviewBy",schemaPath:"defs.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema69,data:data13};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/reviewBy",schemaPath:"defs.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.type,parentSchema:schema69,data:data13};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.changelog !== undefined){
if(!(validate73(data.changelog, {instancePath:instancePath+"/changelog",parentData:data,parentDataProperty:"changelog",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
errors = vErrors.length;
}
}
if(data.instructions !== undefined){
if(!(validate76(data.instructions, {instancePath:instancePath+"/instructions",parentData:data,parentDataProperty:"instructions",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
}
if(data.sections !== undefined){
let data16 = data.sections;
if(Array.isArray(data16)){
if(data16.length < 1){
const err47 = {instancePath:instancePath+"/sections",schemaPath:"#/properties/sections/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema135.properties.sections,data:data16};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
const len0 = data16.length;
for(let i0=0; i0<len0; i0++){
let data17 = data16[i0];
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.id === undefined){
const err48 = {instancePath:instancePath+"/sections/" + i0,schemaPath:"#/properties/sections/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema135.properties.sections.items.required,parentSchema:schema135.properties.sections.items,data:data17};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data17.touchpoint === undefined){
const err49 = {instancePath:instancePath+"/sections/" + i0,schemaPath:"#/properties/sections/items/required",keyword:"required",params:{missingProperty: "touchpoint"},message:"must have required property '"+"touchpoint"+"'",schema:schema135.properties.sections.items.required,parentSchema:schema135.properties.sections.items,data:data17};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
for(const key7 in data17){
if(!(((((key7 === "id") || (key7 === "title")) || (key7 === "touchpoint")) || (key7 === "items")) || (key7 === "weight"))){
const err50 = {instancePath:instancePath+"/sections/" + i0,schemaPath:"#/properties/sections/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema135.properties.sections.items,data:data17};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data17.id !== undefined){
let data18 = data17.id;
if(typeof data18 === "string"){
if(func1(data18) > 80){
const err51 = {instancePath:instancePath+"/sections/" + i0+"/id",schemaPath:"defs.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data18};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(!pattern8.test(data18)){
const err52 = {instancePath:instancePath+"/sections/" + i0+"/id",schemaPath:"defs.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data18};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/sections/" + i0+"/id",schemaPath:"defs.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data18};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data17.title !== undefined){
let data19 = data17.title;
if((typeof data19 !== "string") && (!(data19 && typeof data19 == "object" && !Array.isArray(data19)))){
const err54 = {instancePath:instancePath+"/sections/" + i0+"/title",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data19};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(typeof data19 === "string"){
if(func1(data19) < 1){
const err55 = {instancePath:instancePath+"/sections/" + i0+"/title",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data19};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(Object.keys(data19).length < 1){
const err56 = {instancePath:instancePath+"/sections/" + i0+"/title",schemaPath:"defs.schema.json#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data19};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
for(const key8 in data19){
const _errs59 = errors;
if(typeof key8 === "string"){
if(!pattern4.test(key8)){
const err57 = {instancePath:instancePath+"/sections/" + i0+"/title",schemaPath:"defs.schema.json#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key8,propertyName:key8};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
var valid21 = _errs59 === errors;
if(!valid21){
const err58 = {instancePath:instancePath+"/sections/" + i0+"/title",schemaPath:"defs.schema.json#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key8},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data19};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
for(const key9 in data19){
let data20 = data19[key9];
if(typeof data20 === "string"){
if(func1(data20) < 1){
const err59 = {instancePath:instancePath+"/sections/" + i0+"/title/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data20};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/sections/" + i0+"/title/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data20};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
}
if(data17.touchpoint !== undefined){
let data21 = data17.touchpoint;
if(typeof data21 === "string"){
if(func1(data21) > 80){
const err61 = {instancePath:instancePath+"/sections/" + i0+"/touchpoint",schemaPath:"defs.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data21};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(!pattern8.test(data21)){
const err62 = {instancePath:instancePath+"/sections/" + i0+"/touchpoint",schemaPath:"defs.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data21};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
else {
const err63 = {instancePath:instancePath+"/sections/" + i0+"/touchpoint",schemaPath:"defs.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data21};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data17.items !== undefined){
let data22 = data17.items;
if(!(validate78(data22, {instancePath:instancePath+"/sections/" + i0+"/items",parentData:data17,parentDataProperty:"items",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
if(Array.isArray(data22)){
if(data22.length < 1){
const err64 = {instancePath:instancePath+"/sections/" + i0+"/items",schemaPath:"#/properties/sections/items/properties/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema135.properties.sections.items.properties.items,data:data22};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
else {
const err65 = {instancePath:instancePath+"/sections/" + i0+"/items",schemaPath:"#/properties/sections/items/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema135.properties.sections.items.properties.items.type,parentSchema:schema135.properties.sections.items.properties.items,data:data22};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data17.weight !== undefined){
let data23 = data17.weight;
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 > 1000 || isNaN(data23)){
const err66 = {instancePath:instancePath+"/sections/" + i0+"/weight",schemaPath:"#/properties/sections/items/properties/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema135.properties.sections.items.properties.weight,data:data23};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data23 <= 0 || isNaN(data23)){
const err67 = {instancePath:instancePath+"/sections/" + i0+"/weight",schemaPath:"#/properties/sections/items/properties/weight/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema135.properties.sections.items.properties.weight,data:data23};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/sections/" + i0+"/weight",schemaPath:"#/properties/sections/items/properties/weight/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema135.properties.sections.items.properties.weight.type,parentSchema:schema135.properties.sections.items.properties.weight,data:data23};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
else {
const err69 = {instancePath:instancePath+"/sections/" + i0,schemaPath:"#/properties/sections/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema135.properties.sections.items.type,parentSchema:schema135.properties.sections.items,data:data17};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
else {
const err70 = {instancePath:instancePath+"/sections",schemaPath:"#/properties/sections/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema135.properties.sections.type,parentSchema:schema135.properties.sections,data:data16};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data.bands !== undefined){
if(!(validate80(data.bands, {instancePath:instancePath+"/bands",parentData:data,parentDataProperty:"bands",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
errors = vErrors.length;
}
}
}
else {
const err71 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema135.type,parentSchema:schema135,data};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
validate72.errors = vErrors;
return errors === 0;
}
validate72.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
return validate72;
})();

/** schemas/case.schema.json */
export const validateCase = /* @__PURE__ */ (() => {
const schema154 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"case.schema.json","description":"The frontmatter of standards/cases/<id>.mdx: a case from the case library. The body must have four parts under second-level headings: background, handling, lessons and regulatory basis (背景描述, 处置过程, 经验总结, 法规依据). A translation lives beside it as <id>.<locale>.mdx with translationOf.","type":"object","required":["id","code","title","industry","touchpoints","date"],"additionalProperties":false,"properties":{"id":{"$ref":"defs.schema.json#/$defs/id","description":"Stable id of the case, unique in the handbook; by convention the file's name."},"code":{"type":"string","pattern":"^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$","description":"The case's code in the library, such as CASE-PM-001."},"title":{"$ref":"defs.schema.json#/$defs/text","description":"Title of the case."},"summary":{"$ref":"defs.schema.json#/$defs/text","description":"The case in one or two sentences, shown in lists and search."},"industry":{"$ref":"defs.schema.json#/$defs/id","x-taxonomy":"industries","description":"Industry, from the handbook's taxonomies.industries."},"touchpoints":{"$ref":"defs.schema.json#/$defs/idList","x-ref":"touchpoint","description":"Ids of the touchpoints the case is about."},"sops":{"$ref":"defs.schema.json#/$defs/idList","x-ref":"sop","description":"Ids of the SOPs the case involves."},"tags":{"type":"array","description":"Free keywords for finding the case, such as complaint, queueing, digital.","uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":40}},"date":{"$ref":"defs.schema.json#/$defs/date","description":"When the case happened or was written up."},"figures":{"type":"array","description":"Before and after figures that show the effect.","items":{"type":"object","description":"One measured effect.","required":["label","after"],"additionalProperties":false,"properties":{"label":{"$ref":"defs.schema.json#/$defs/text","description":"What was measured."},"before":{"type":"number","description":"The value before the change."},"after":{"type":"number","description":"The value after the change (or the change itself when there is no before)."},"unit":{"$ref":"defs.schema.json#/$defs/text","description":"Unit of the values, such as % or min; a map by locale where the unit reads differently in each, such as { zh-CN: 分, en: points }."},"better":{"type":"string","enum":["higher","lower"],"description":"Whether a higher or a lower value is better."}}}}}};
const schema43 = {"type":"string","description":"A stable identifier: lower-case letters, digits and single hyphens (kebab-case). Never change it once published: other files and audit records refer to it.","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":80};
const schema37 = {"type":["string","object"],"description":"Human text: a plain string in the handbook's default locale, or a map from locale (zh-CN, en) to the text in that locale.","minLength":1,"minProperties":1,"propertyNames":{"pattern":"^[a-z]{2}(?:-[A-Z]{2})?$"},"additionalProperties":{"type":"string","minLength":1}};
const schema69 = {"type":"string","description":"A calendar date written YYYY-MM-DD.","format":"date"};
const func3 = Object.prototype.hasOwnProperty;
const func1 = ucs2length;
const pattern8 = new RegExp("^[a-z0-9]+(?:-[a-z0-9]+)*$", "u");
const pattern20 = new RegExp("^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$", "u");
const pattern4 = new RegExp("^[a-z]{2}(?:-[A-Z]{2})?$", "u");
const schema87 = {"type":"array","description":"A list of ids, each listed once.","items":{"$ref":"#/$defs/id"},"uniqueItems":true};
const func0 = equal;

function validate84(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate84.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 === "string"){
if(func1(data0) > 80){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!pattern8.test(data0)){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
let i1 = data.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data[i1], data[j0])){
const err3 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema87.type,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate84.errors = vErrors;
return errors === 0;
}
validate84.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const formats0 = __formats.date;

function validate83(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="case.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate83.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema154.required,parentSchema:schema154,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.code === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'",schema:schema154.required,parentSchema:schema154,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.title === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema154.required,parentSchema:schema154,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.industry === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "industry"},message:"must have required property '"+"industry"+"'",schema:schema154.required,parentSchema:schema154,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.touchpoints === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "touchpoints"},message:"must have required property '"+"touchpoints"+"'",schema:schema154.required,parentSchema:schema154,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.date === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema154.required,parentSchema:schema154,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(func3.call(schema154.properties, key0))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema154,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func1(data0) > 80){
const err7 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern8.test(data0)){
const err8 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.code !== undefined){
let data1 = data.code;
if(typeof data1 === "string"){
if(!pattern20.test(data1)){
const err10 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$"},message:"must match pattern \""+"^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$"+"\"",schema:"^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$",parentSchema:schema154.properties.code,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema154.properties.code.type,parentSchema:schema154.properties.code,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.title !== undefined){
let data2 = data.title;
if((typeof data2 !== "string") && (!(data2 && typeof data2 == "object" && !Array.isArray(data2)))){
const err12 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err13 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(Object.keys(data2).length < 1){
const err14 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data2){
const _errs10 = errors;
if(typeof key1 === "string"){
if(!pattern4.test(key1)){
const err15 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
var valid3 = _errs10 === errors;
if(!valid3){
const err16 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
for(const key2 in data2){
let data3 = data2[key2];
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err17 = {instancePath:instancePath+"/title/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/title/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
}
if(data.summary !== undefined){
let data4 = data.summary;
if((typeof data4 !== "string") && (!(data4 && typeof data4 == "object" && !Array.isArray(data4)))){
const err19 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err20 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(Object.keys(data4).length < 1){
const err21 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key3 in data4){
const _errs17 = errors;
if(typeof key3 === "string"){
if(!pattern4.test(key3)){
const err22 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
var valid6 = _errs17 === errors;
if(!valid6){
const err23 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
for(const key4 in data4){
let data5 = data4[key4];
if(typeof data5 === "string"){
if(func1(data5) < 1){
const err24 = {instancePath:instancePath+"/summary/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/summary/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
}
if(data.industry !== undefined){
let data6 = data.industry;
if(typeof data6 === "string"){
if(func1(data6) > 80){
const err26 = {instancePath:instancePath+"/industry",schemaPath:"defs.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!pattern8.test(data6)){
const err27 = {instancePath:instancePath+"/industry",schemaPath:"defs.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data6};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/industry",schemaPath:"defs.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data6};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.touchpoints !== undefined){
if(!(validate84(data.touchpoints, {instancePath:instancePath+"/touchpoints",parentData:data,parentDataProperty:"touchpoints",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
errors = vErrors.length;
}
}
if(data.sops !== undefined){
if(!(validate84(data.sops, {instancePath:instancePath+"/sops",parentData:data,parentDataProperty:"sops",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
errors = vErrors.length;
}
}
if(data.tags !== undefined){
let data9 = data.tags;
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(typeof data10 === "string"){
if(func1(data10) > 40){
const err29 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/properties/tags/items/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",schema:40,parentSchema:schema154.properties.tags.items,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(func1(data10) < 1){
const err30 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/properties/tags/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema154.properties.tags.items,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema154.properties.tags.items.type,parentSchema:schema154.properties.tags.items,data:data10};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
let i1 = data9.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data9[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err32 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema154.properties.tags,data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err33 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema154.properties.tags.type,parentSchema:schema154.properties.tags,data:data9};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.date !== undefined){
let data11 = data.date;
if(typeof data11 === "string"){
if(!(formats0.validate(data11))){
const err34 = {instancePath:instancePath+"/date",schemaPath:"defs.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema69,data:data11};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/date",schemaPath:"defs.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.type,parentSchema:schema69,data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.figures !== undefined){
let data12 = data.figures;
if(Array.isArray(data12)){
const len1 = data12.length;
for(let i2=0; i2<len1; i2++){
let data13 = data12[i2];
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.label === undefined){
const err36 = {instancePath:instancePath+"/figures/" + i2,schemaPath:"#/properties/figures/items/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema154.properties.figures.items.required,parentSchema:schema154.properties.figures.items,data:data13};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data13.after === undefined){
const err37 = {instancePath:instancePath+"/figures/" + i2,schemaPath:"#/properties/figures/items/required",keyword:"required",params:{missingProperty: "after"},message:"must have required property '"+"after"+"'",schema:schema154.properties.figures.items.required,parentSchema:schema154.properties.figures.items,data:data13};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
for(const key5 in data13){
if(!(((((key5 === "label") || (key5 === "before")) || (key5 === "after")) || (key5 === "unit")) || (key5 === "better"))){
const err38 = {instancePath:instancePath+"/figures/" + i2,schemaPath:"#/properties/figures/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema154.properties.figures.items,data:data13};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data13.label !== undefined){
let data14 = data13.label;
if((typeof data14 !== "string") && (!(data14 && typeof data14 == "object" && !Array.isArray(data14)))){
const err39 = {instancePath:instancePath+"/figures/" + i2+"/label",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data14};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(typeof data14 === "string"){
if(func1(data14) < 1){
const err40 = {instancePath:instancePath+"/figures/" + i2+"/label",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data14};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(Object.keys(data14).length < 1){
const err41 = {instancePath:instancePath+"/figures/" + i2+"/label",schemaPath:"defs.schema.json#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data14};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
for(const key6 in data14){
const _errs44 = errors;
if(typeof key6 === "string"){
if(!pattern4.test(key6)){
const err42 = {instancePath:instancePath+"/figures/" + i2+"/label",schemaPath:"defs.schema.json#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key6,propertyName:key6};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
var valid17 = _errs44 === errors;
if(!valid17){
const err43 = {instancePath:instancePath+"/figures/" + i2+"/label",schemaPath:"defs.schema.json#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key6},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data14};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
for(const key7 in data14){
let data15 = data14[key7];
if(typeof data15 === "string"){
if(func1(data15) < 1){
const err44 = {instancePath:instancePath+"/figures/" + i2+"/label/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data15};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/figures/" + i2+"/label/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data15};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
}
if(data13.before !== undefined){
let data16 = data13.before;
if(!((typeof data16 == "number") && (isFinite(data16)))){
const err46 = {instancePath:instancePath+"/figures/" + i2+"/before",schemaPath:"#/properties/figures/items/properties/before/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema154.properties.figures.items.properties.before.type,parentSchema:schema154.properties.figures.items.properties.before,data:data16};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data13.after !== undefined){
let data17 = data13.after;
if(!((typeof data17 == "number") && (isFinite(data17)))){
const err47 = {instancePath:instancePath+"/figures/" + i2+"/after",schemaPath:"#/properties/figures/items/properties/after/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema154.properties.figures.items.properties.after.type,parentSchema:schema154.properties.figures.items.properties.after,data:data17};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data13.unit !== undefined){
let data18 = data13.unit;
if((typeof data18 !== "string") && (!(data18 && typeof data18 == "object" && !Array.isArray(data18)))){
const err48 = {instancePath:instancePath+"/figures/" + i2+"/unit",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data18};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(typeof data18 === "string"){
if(func1(data18) < 1){
const err49 = {instancePath:instancePath+"/figures/" + i2+"/unit",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data18};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(Object.keys(data18).length < 1){
const err50 = {instancePath:instancePath+"/figures/" + i2+"/unit",schemaPath:"defs.schema.json#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data18};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
for(const key8 in data18){
const _errs55 = errors;
if(typeof key8 === "string"){
if(!pattern4.test(key8)){
const err51 = {instancePath:instancePath+"/figures/" + i2+"/unit",schemaPath:"defs.schema.json#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key8,propertyName:key8};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
var valid20 = _errs55 === errors;
if(!valid20){
const err52 = {instancePath:instancePath+"/figures/" + i2+"/unit",schemaPath:"defs.schema.json#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key8},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data18};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
for(const key9 in data18){
let data19 = data18[key9];
if(typeof data19 === "string"){
if(func1(data19) < 1){
const err53 = {instancePath:instancePath+"/figures/" + i2+"/unit/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data19};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/figures/" + i2+"/unit/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data19};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
}
if(data13.better !== undefined){
let data20 = data13.better;
if(typeof data20 !== "string"){
const err55 = {instancePath:instancePath+"/figures/" + i2+"/better",schemaPath:"#/properties/figures/items/properties/better/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema154.properties.figures.items.properties.better.type,parentSchema:schema154.properties.figures.items.properties.better,data:data20};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(!((data20 === "higher") || (data20 === "lower"))){
const err56 = {instancePath:instancePath+"/figures/" + i2+"/better",schemaPath:"#/properties/figures/items/properties/better/enum",keyword:"enum",params:{allowedValues: schema154.properties.figures.items.properties.better.enum},message:"must be equal to one of the allowed values",schema:schema154.properties.figures.items.properties.better.enum,parentSchema:schema154.properties.figures.items.properties.better,data:data20};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/figures/" + i2,schemaPath:"#/properties/figures/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema154.properties.figures.items.type,parentSchema:schema154.properties.figures.items,data:data13};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/figures",schemaPath:"#/properties/figures/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema154.properties.figures.type,parentSchema:schema154.properties.figures,data:data12};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema154.type,parentSchema:schema154,data};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
validate83.errors = vErrors;
return errors === 0;
}
validate83.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
return validate83;
})();

/** schemas/guide.schema.json */
export const validateGuide = /* @__PURE__ */ (() => {
const schema164 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"guide.schema.json","description":"The frontmatter of standards/guides/<id>.mdx: an explanatory page for readers, such as what a touchpoint is or how the measures work.","type":"object","required":["id","title"],"additionalProperties":false,"properties":{"id":{"$ref":"defs.schema.json#/$defs/id","description":"Stable id of the guide; by convention the file's name."},"title":{"$ref":"defs.schema.json#/$defs/text","description":"Title of the guide."},"summary":{"$ref":"defs.schema.json#/$defs/text","description":"What the reader learns, in a sentence."},"order":{"type":"integer","minimum":0,"default":100,"description":"Position in the list of guides, lowest first."}}};
const schema43 = {"type":"string","description":"A stable identifier: lower-case letters, digits and single hyphens (kebab-case). Never change it once published: other files and audit records refer to it.","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":80};
const schema37 = {"type":["string","object"],"description":"Human text: a plain string in the handbook's default locale, or a map from locale (zh-CN, en) to the text in that locale.","minLength":1,"minProperties":1,"propertyNames":{"pattern":"^[a-z]{2}(?:-[A-Z]{2})?$"},"additionalProperties":{"type":"string","minLength":1}};
const func1 = ucs2length;
const pattern8 = new RegExp("^[a-z0-9]+(?:-[a-z0-9]+)*$", "u");
const pattern4 = new RegExp("^[a-z]{2}(?:-[A-Z]{2})?$", "u");

function validate87(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="guide.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate87.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema164.required,parentSchema:schema164,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema164.required,parentSchema:schema164,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "title")) || (key0 === "summary")) || (key0 === "order"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema164,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func1(data0) > 80){
const err3 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern8.test(data0)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if((typeof data1 !== "string") && (!(data1 && typeof data1 == "object" && !Array.isArray(data1)))){
const err6 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err7 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(Object.keys(data1).length < 1){
const err8 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data1){
const _errs8 = errors;
if(typeof key1 === "string"){
if(!pattern4.test(key1)){
const err9 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
var valid3 = _errs8 === errors;
if(!valid3){
const err10 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
for(const key2 in data1){
let data2 = data1[key2];
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err11 = {instancePath:instancePath+"/title/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/title/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
}
if(data.summary !== undefined){
let data3 = data.summary;
if((typeof data3 !== "string") && (!(data3 && typeof data3 == "object" && !Array.isArray(data3)))){
const err13 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: schema37.type},message:"must be string,object",schema:schema37.type,parentSchema:schema37,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err14 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(Object.keys(data3).length < 1){
const err15 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/$defs/text/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key3 in data3){
const _errs15 = errors;
if(typeof key3 === "string"){
if(!pattern4.test(key3)){
const err16 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/$defs/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[A-Z]{2})?$"},message:"must match pattern \""+"^[a-z]{2}(?:-[A-Z]{2})?$"+"\"",schema:"^[a-z]{2}(?:-[A-Z]{2})?$",parentSchema:schema37.propertyNames,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
var valid6 = _errs15 === errors;
if(!valid6){
const err17 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/$defs/text/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema37.propertyNames,parentSchema:schema37,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
for(const key4 in data3){
let data4 = data3[key4];
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err18 = {instancePath:instancePath+"/summary/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/summary/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.additionalProperties.type,parentSchema:schema37.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
}
if(data.order !== undefined){
let data5 = data.order;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err20 = {instancePath:instancePath+"/order",schemaPath:"#/properties/order/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema164.properties.order.type,parentSchema:schema164.properties.order,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err21 = {instancePath:instancePath+"/order",schemaPath:"#/properties/order/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema164.properties.order,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema164.type,parentSchema:schema164,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate87.errors = vErrors;
return errors === 0;
}
validate87.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
return validate87;
})();

/** schemas/translation.schema.json */
export const validateTranslation = /* @__PURE__ */ (() => {
const schema168 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"translation.schema.json","description":"The frontmatter of a translated case or guide, <id>.<locale>.mdx: its body is the text in that locale; everything else comes from the original.","type":"object","required":["translationOf"],"additionalProperties":false,"properties":{"translationOf":{"$ref":"defs.schema.json#/$defs/id","description":"Id of the case or guide this file translates."},"title":{"type":"string","minLength":1,"description":"Title in this file's locale, when the original's title has no such translation."}}};
const schema43 = {"type":"string","description":"A stable identifier: lower-case letters, digits and single hyphens (kebab-case). Never change it once published: other files and audit records refer to it.","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":80};
const func1 = ucs2length;
const pattern8 = new RegExp("^[a-z0-9]+(?:-[a-z0-9]+)*$", "u");

function validate88(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="translation.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate88.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.translationOf === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "translationOf"},message:"must have required property '"+"translationOf"+"'",schema:schema168.required,parentSchema:schema168,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "translationOf") || (key0 === "title"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema168,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.translationOf !== undefined){
let data0 = data.translationOf;
if(typeof data0 === "string"){
if(func1(data0) > 80){
const err2 = {instancePath:instancePath+"/translationOf",schemaPath:"defs.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern8.test(data0)){
const err3 = {instancePath:instancePath+"/translationOf",schemaPath:"defs.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/translationOf",schemaPath:"defs.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err5 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema168.properties.title,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema168.properties.title.type,parentSchema:schema168.properties.title,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema168.type,parentSchema:schema168,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate88.errors = vErrors;
return errors === 0;
}
validate88.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
return validate88;
})();

/** schemas/audit.schema.json */
export const validateAudit = /* @__PURE__ */ (() => {
const schema170 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"audit.schema.json","description":"audits/**/*.yaml or *.json: the responses of one audit or self-assessment, with the versions of the standards it was scored against.","type":"object","required":["site","auditor","date","kind","handbookVersion","responses"],"additionalProperties":false,"properties":{"$schema":{"type":"string","description":"Optional path to this schema, for editors."},"id":{"type":"string","minLength":1,"maxLength":100,"description":"An id for the record, unique among the records kept."},"checklist":{"$ref":"defs.schema.json#/$defs/id","x-ref":"checklist","description":"Id of the checklist scored. Leave it out for an ad-hoc audit of chosen touchpoints."},"checklistVersion":{"$ref":"defs.schema.json#/$defs/version","description":"Version of the checklist when the audit began."},"touchpoints":{"type":"array","$ref":"defs.schema.json#/$defs/idList","x-ref":"touchpoint","description":"For an ad-hoc audit without a checklist: the touchpoints scored, one section each.","minItems":1},"handbookVersion":{"$ref":"defs.schema.json#/$defs/version","description":"Version of the handbook when the audit began."},"standards":{"type":"object","description":"Version of each touchpoint scored, by touchpoint id, when the audit began.","propertyNames":{"$ref":"defs.schema.json#/$defs/id"},"additionalProperties":{"$ref":"defs.schema.json#/$defs/version"}},"fingerprints":{"type":"object","description":"Fingerprint of each item as it was scored, by \"touchpoint/item\": re-scoring against newer standards then names exactly the items added, removed or changed.","propertyNames":{"pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*/[a-z0-9]+(?:-[a-z0-9]+)*$"},"additionalProperties":{"type":"string","minLength":4,"maxLength":64}},"site":{"type":"string","minLength":1,"maxLength":200,"description":"The site audited: a building, branch, hall or store."},"auditor":{"type":"string","minLength":1,"maxLength":200,"description":"Who scored it."},"date":{"$ref":"defs.schema.json#/$defs/date","description":"Date of the visit."},"kind":{"$ref":"defs.schema.json#/$defs/auditKind"},"responses":{"type":"array","description":"One response per item answered so far.","items":{"type":"object","description":"The answer to one item.","required":["touchpoint","item"],"additionalProperties":false,"properties":{"touchpoint":{"$ref":"defs.schema.json#/$defs/id","x-ref":"touchpoint","description":"Id of the touchpoint the item belongs to."},"item":{"$ref":"defs.schema.json#/$defs/id","x-ref":"item","description":"Id of the item."},"value":{"type":"string","description":"The answer: conforms, partly or fails (binary and graded items), a maturity level id (maturity items), or na. Measured items may leave it out: the reading decides.","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$"},"reading":{"type":"number","description":"The measured value for a measured item, in the threshold's unit."},"note":{"type":"string","maxLength":4000,"description":"What the auditor saw."},"evidence":{"type":"array","description":"References to evidence such as photo file names, each listed once.","items":{"type":"string","minLength":1,"maxLength":500},"uniqueItems":true}}}}}};
const schema43 = {"type":"string","description":"A stable identifier: lower-case letters, digits and single hyphens (kebab-case). Never change it once published: other files and audit records refer to it.","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":80};
const schema40 = {"type":"string","description":"A version number: MAJOR.MINOR or MAJOR.MINOR.PATCH. Raise it with every published change and add a changelog entry.","pattern":"^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?$"};
const schema69 = {"type":"string","description":"A calendar date written YYYY-MM-DD.","format":"date"};
const schema139 = {"type":"string","description":"Who scores and how: a self-assessment by the site, a mystery shopper's visit, or an internal audit by quality staff.","enum":["self-assessment","mystery-shopper","internal-audit"]};
const func3 = Object.prototype.hasOwnProperty;
const func1 = ucs2length;
const pattern8 = new RegExp("^[a-z0-9]+(?:-[a-z0-9]+)*$", "u");
const pattern7 = new RegExp("^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?$", "u");
const pattern111 = new RegExp("^[a-z0-9]+(?:-[a-z0-9]+)*/[a-z0-9]+(?:-[a-z0-9]+)*$", "u");
const schema87 = {"type":"array","description":"A list of ids, each listed once.","items":{"$ref":"#/$defs/id"},"uniqueItems":true};
const func0 = equal;

function validate90(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate90.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 === "string"){
if(func1(data0) > 80){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!pattern8.test(data0)){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
let i1 = data.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data[i1], data[j0])){
const err3 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema87.type,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate90.errors = vErrors;
return errors === 0;
}
validate90.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const formats0 = __formats.date;

function validate89(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="audit.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate89.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.site === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "site"},message:"must have required property '"+"site"+"'",schema:schema170.required,parentSchema:schema170,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.auditor === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "auditor"},message:"must have required property '"+"auditor"+"'",schema:schema170.required,parentSchema:schema170,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.date === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema170.required,parentSchema:schema170,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.kind === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema170.required,parentSchema:schema170,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.handbookVersion === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "handbookVersion"},message:"must have required property '"+"handbookVersion"+"'",schema:schema170.required,parentSchema:schema170,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.responses === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "responses"},message:"must have required property '"+"responses"+"'",schema:schema170.required,parentSchema:schema170,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(func3.call(schema170.properties, key0))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema170,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err7 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema170.properties.$schema.type,parentSchema:schema170.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(func1(data1) > 100){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema170.properties.id,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func1(data1) < 1){
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema170.properties.id,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema170.properties.id.type,parentSchema:schema170.properties.id,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.checklist !== undefined){
let data2 = data.checklist;
if(typeof data2 === "string"){
if(func1(data2) > 80){
const err11 = {instancePath:instancePath+"/checklist",schemaPath:"defs.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern8.test(data2)){
const err12 = {instancePath:instancePath+"/checklist",schemaPath:"defs.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/checklist",schemaPath:"defs.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.checklistVersion !== undefined){
let data3 = data.checklistVersion;
if(typeof data3 === "string"){
if(!pattern7.test(data3)){
const err14 = {instancePath:instancePath+"/checklistVersion",schemaPath:"defs.schema.json#/$defs/version/pattern",keyword:"pattern",params:{pattern: "^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?$"},message:"must match pattern \""+"^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?$"+"\"",schema:"^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?$",parentSchema:schema40,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/checklistVersion",schemaPath:"defs.schema.json#/$defs/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.touchpoints !== undefined){
let data4 = data.touchpoints;
if(!(validate90(data4, {instancePath:instancePath+"/touchpoints",parentData:data,parentDataProperty:"touchpoints",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
errors = vErrors.length;
}
if(Array.isArray(data4)){
if(data4.length < 1){
const err16 = {instancePath:instancePath+"/touchpoints",schemaPath:"#/properties/touchpoints/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema170.properties.touchpoints,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/touchpoints",schemaPath:"#/properties/touchpoints/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema170.properties.touchpoints.type,parentSchema:schema170.properties.touchpoints,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.handbookVersion !== undefined){
let data5 = data.handbookVersion;
if(typeof data5 === "string"){
if(!pattern7.test(data5)){
const err18 = {instancePath:instancePath+"/handbookVersion",schemaPath:"defs.schema.json#/$defs/version/pattern",keyword:"pattern",params:{pattern: "^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?$"},message:"must match pattern \""+"^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?$"+"\"",schema:"^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?$",parentSchema:schema40,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/handbookVersion",schemaPath:"defs.schema.json#/$defs/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.standards !== undefined){
let data6 = data.standards;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key1 in data6){
const _errs21 = errors;
if(typeof key1 === "string"){
if(func1(key1) > 80){
const err20 = {instancePath:instancePath+"/standards",schemaPath:"defs.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!pattern8.test(key1)){
const err21 = {instancePath:instancePath+"/standards",schemaPath:"defs.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/standards",schemaPath:"defs.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var valid4 = _errs21 === errors;
if(!valid4){
const err23 = {instancePath:instancePath+"/standards",schemaPath:"#/properties/standards/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema170.properties.standards.propertyNames,parentSchema:schema170.properties.standards,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
for(const key2 in data6){
let data7 = data6[key2];
if(typeof data7 === "string"){
if(!pattern7.test(data7)){
const err24 = {instancePath:instancePath+"/standards/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/version/pattern",keyword:"pattern",params:{pattern: "^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?$"},message:"must match pattern \""+"^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?$"+"\"",schema:"^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?$",parentSchema:schema40,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/standards/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/standards",schemaPath:"#/properties/standards/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema170.properties.standards.type,parentSchema:schema170.properties.standards,data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.fingerprints !== undefined){
let data8 = data.fingerprints;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key3 in data8){
const _errs30 = errors;
if(typeof key3 === "string"){
if(!pattern111.test(key3)){
const err27 = {instancePath:instancePath+"/fingerprints",schemaPath:"#/properties/fingerprints/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*/[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*/[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*/[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema170.properties.fingerprints.propertyNames,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
var valid8 = _errs30 === errors;
if(!valid8){
const err28 = {instancePath:instancePath+"/fingerprints",schemaPath:"#/properties/fingerprints/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema170.properties.fingerprints.propertyNames,parentSchema:schema170.properties.fingerprints,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
for(const key4 in data8){
let data9 = data8[key4];
if(typeof data9 === "string"){
if(func1(data9) > 64){
const err29 = {instancePath:instancePath+"/fingerprints/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/fingerprints/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema170.properties.fingerprints.additionalProperties,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(func1(data9) < 4){
const err30 = {instancePath:instancePath+"/fingerprints/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/fingerprints/additionalProperties/minLength",keyword:"minLength",params:{limit: 4},message:"must NOT have fewer than 4 characters",schema:4,parentSchema:schema170.properties.fingerprints.additionalProperties,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/fingerprints/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/fingerprints/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema170.properties.fingerprints.additionalProperties.type,parentSchema:schema170.properties.fingerprints.additionalProperties,data:data9};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/fingerprints",schemaPath:"#/properties/fingerprints/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema170.properties.fingerprints.type,parentSchema:schema170.properties.fingerprints,data:data8};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.site !== undefined){
let data10 = data.site;
if(typeof data10 === "string"){
if(func1(data10) > 200){
const err33 = {instancePath:instancePath+"/site",schemaPath:"#/properties/site/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema170.properties.site,data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(func1(data10) < 1){
const err34 = {instancePath:instancePath+"/site",schemaPath:"#/properties/site/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema170.properties.site,data:data10};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/site",schemaPath:"#/properties/site/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema170.properties.site.type,parentSchema:schema170.properties.site,data:data10};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.auditor !== undefined){
let data11 = data.auditor;
if(typeof data11 === "string"){
if(func1(data11) > 200){
const err36 = {instancePath:instancePath+"/auditor",schemaPath:"#/properties/auditor/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema170.properties.auditor,data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(func1(data11) < 1){
const err37 = {instancePath:instancePath+"/auditor",schemaPath:"#/properties/auditor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema170.properties.auditor,data:data11};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/auditor",schemaPath:"#/properties/auditor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema170.properties.auditor.type,parentSchema:schema170.properties.auditor,data:data11};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.date !== undefined){
let data12 = data.date;
if(typeof data12 === "string"){
if(!(formats0.validate(data12))){
const err39 = {instancePath:instancePath+"/date",schemaPath:"defs.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema69,data:data12};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/date",schemaPath:"defs.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.type,parentSchema:schema69,data:data12};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.kind !== undefined){
let data13 = data.kind;
if(typeof data13 !== "string"){
const err41 = {instancePath:instancePath+"/kind",schemaPath:"defs.schema.json#/$defs/auditKind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema139.type,parentSchema:schema139,data:data13};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(!(((data13 === "self-assessment") || (data13 === "mystery-shopper")) || (data13 === "internal-audit"))){
const err42 = {instancePath:instancePath+"/kind",schemaPath:"defs.schema.json#/$defs/auditKind/enum",keyword:"enum",params:{allowedValues: schema139.enum},message:"must be equal to one of the allowed values",schema:schema139.enum,parentSchema:schema139,data:data13};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.responses !== undefined){
let data14 = data.responses;
if(Array.isArray(data14)){
const len0 = data14.length;
for(let i0=0; i0<len0; i0++){
let data15 = data14[i0];
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.touchpoint === undefined){
const err43 = {instancePath:instancePath+"/responses/" + i0,schemaPath:"#/properties/responses/items/required",keyword:"required",params:{missingProperty: "touchpoint"},message:"must have required property '"+"touchpoint"+"'",schema:schema170.properties.responses.items.required,parentSchema:schema170.properties.responses.items,data:data15};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data15.item === undefined){
const err44 = {instancePath:instancePath+"/responses/" + i0,schemaPath:"#/properties/responses/items/required",keyword:"required",params:{missingProperty: "item"},message:"must have required property '"+"item"+"'",schema:schema170.properties.responses.items.required,parentSchema:schema170.properties.responses.items,data:data15};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
for(const key5 in data15){
if(!((((((key5 === "touchpoint") || (key5 === "item")) || (key5 === "value")) || (key5 === "reading")) || (key5 === "note")) || (key5 === "evidence"))){
const err45 = {instancePath:instancePath+"/responses/" + i0,schemaPath:"#/properties/responses/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema170.properties.responses.items,data:data15};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data15.touchpoint !== undefined){
let data16 = data15.touchpoint;
if(typeof data16 === "string"){
if(func1(data16) > 80){
const err46 = {instancePath:instancePath+"/responses/" + i0+"/touchpoint",schemaPath:"defs.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data16};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(!pattern8.test(data16)){
const err47 = {instancePath:instancePath+"/responses/" + i0+"/touchpoint",schemaPath:"defs.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data16};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/responses/" + i0+"/touchpoint",schemaPath:"defs.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data16};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data15.item !== undefined){
let data17 = data15.item;
if(typeof data17 === "string"){
if(func1(data17) > 80){
const err49 = {instancePath:instancePath+"/responses/" + i0+"/item",schemaPath:"defs.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema43,data:data17};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(!pattern8.test(data17)){
const err50 = {instancePath:instancePath+"/responses/" + i0+"/item",schemaPath:"defs.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema43,data:data17};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/responses/" + i0+"/item",schemaPath:"defs.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data17};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data15.value !== undefined){
let data18 = data15.value;
if(typeof data18 === "string"){
if(!pattern8.test(data18)){
const err52 = {instancePath:instancePath+"/responses/" + i0+"/value",schemaPath:"#/properties/responses/items/properties/value/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema170.properties.responses.items.properties.value,data:data18};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/responses/" + i0+"/value",schemaPath:"#/properties/responses/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema170.properties.responses.items.properties.value.type,parentSchema:schema170.properties.responses.items.properties.value,data:data18};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data15.reading !== undefined){
let data19 = data15.reading;
if(!((typeof data19 == "number") && (isFinite(data19)))){
const err54 = {instancePath:instancePath+"/responses/" + i0+"/reading",schemaPath:"#/properties/responses/items/properties/reading/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema170.properties.responses.items.properties.reading.type,parentSchema:schema170.properties.responses.items.properties.reading,data:data19};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data15.note !== undefined){
let data20 = data15.note;
if(typeof data20 === "string"){
if(func1(data20) > 4000){
const err55 = {instancePath:instancePath+"/responses/" + i0+"/note",schemaPath:"#/properties/responses/items/properties/note/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema170.properties.responses.items.properties.note,data:data20};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/responses/" + i0+"/note",schemaPath:"#/properties/responses/items/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema170.properties.responses.items.properties.note.type,parentSchema:schema170.properties.responses.items.properties.note,data:data20};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data15.evidence !== undefined){
let data21 = data15.evidence;
if(Array.isArray(data21)){
const len1 = data21.length;
for(let i1=0; i1<len1; i1++){
let data22 = data21[i1];
if(typeof data22 === "string"){
if(func1(data22) > 500){
const err57 = {instancePath:instancePath+"/responses/" + i0+"/evidence/" + i1,schemaPath:"#/properties/responses/items/properties/evidence/items/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema170.properties.responses.items.properties.evidence.items,data:data22};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(func1(data22) < 1){
const err58 = {instancePath:instancePath+"/responses/" + i0+"/evidence/" + i1,schemaPath:"#/properties/responses/items/properties/evidence/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema170.properties.responses.items.properties.evidence.items,data:data22};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/responses/" + i0+"/evidence/" + i1,schemaPath:"#/properties/responses/items/properties/evidence/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema170.properties.responses.items.properties.evidence.items.type,parentSchema:schema170.properties.responses.items.properties.evidence.items,data:data22};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
let i2 = data21.length;
let j0;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data21[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err60 = {instancePath:instancePath+"/responses/" + i0+"/evidence",schemaPath:"#/properties/responses/items/properties/evidence/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema170.properties.responses.items.properties.evidence,data:data21};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
break;
}
indices0[item0] = i2;
}
}
}
else {
const err61 = {instancePath:instancePath+"/responses/" + i0+"/evidence",schemaPath:"#/properties/responses/items/properties/evidence/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema170.properties.responses.items.properties.evidence.type,parentSchema:schema170.properties.responses.items.properties.evidence,data:data21};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/responses/" + i0,schemaPath:"#/properties/responses/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema170.properties.responses.items.type,parentSchema:schema170.properties.responses.items,data:data15};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/responses",schemaPath:"#/properties/responses/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema170.properties.responses.type,parentSchema:schema170.properties.responses,data:data14};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema170.type,parentSchema:schema170,data};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
validate89.errors = vErrors;
return errors === 0;
}
validate89.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
return validate89;
})();

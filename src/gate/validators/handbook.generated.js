/* Generated from schemas/ by scripts/compile-validators.ts (npm run validators). Do not edit by hand. */
import { ucs2length } from './shared.generated.js';

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

/* Generated from schemas/ by scripts/compile-validators.ts (npm run validators). Do not edit by hand. */
import { ucs2length, equal, __formats } from './shared.generated.js';

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

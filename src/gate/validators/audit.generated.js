/* Generated from schemas/ by scripts/compile-validators.ts (npm run validators). Do not edit by hand. */
import { ucs2length, equal, __formats } from './shared.generated.js';

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

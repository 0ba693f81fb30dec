export const id = 235;
export const ids = [235];
export const modules = {

/***/ 87235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   handOff: () => (/* binding */ handOff)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _github_artifacts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4616);
/* harmony import */ var _plan_distribute_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29616);
/**
 * The hand-off phase of a platform job (distribute: platform): the digest it pushed by
 * digest only, handed on to the merge job as an artifact of the run.
 */




/** Hands the pushed digest on to the merge job as an artifact of the run; returns the artifact's name. */
async function handOff(ports, job, digest) {
    const { inputs, facts } = job;
    const images = (0,_plan_distribute_js__WEBPACK_IMPORTED_MODULE_3__/* .imageRepositories */ .MC)(inputs.tags);
    const handOff = { schema: _plan_distribute_js__WEBPACK_IMPORTED_MODULE_3__/* .HANDOFF_SCHEMA */ .PR, images, platforms: inputs.platforms, digest, job: facts.github.job, runAttempt: facts.github.runAttempt };
    const name = (0,_plan_distribute_js__WEBPACK_IMPORTED_MODULE_3__/* .handOffName */ .s4)(images, inputs.platforms);
    const dir = node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(facts.tmpDir, 'handoff-'));
    node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, _plan_distribute_js__WEBPACK_IMPORTED_MODULE_3__/* .HANDOFF_FILE */ .YH), JSON.stringify(handOff, null, 2));
    await (0,_github_artifacts_js__WEBPACK_IMPORTED_MODULE_2__/* .uploadFile */ .QM)(name, node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, _plan_distribute_js__WEBPACK_IMPORTED_MODULE_3__/* .HANDOFF_FILE */ .YH));
    ports.runner.info(`handed on ${inputs.platforms.join(', ')} ${digest} to the merge step (artifact ${name})`);
    return name;
}


/***/ })

};

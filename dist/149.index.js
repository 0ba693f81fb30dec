export const id = 149;
export const ids = [149];
export const modules = {

/***/ 40149:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commitDate: () => (/* binding */ commitDate)
/* harmony export */ });
/** The committer's date (ISO); throws with the reason when the API cannot answer. */
async function commitDate(lookup) {
    if (!lookup.token)
        throw new Error('no github-token');
    const [owner, repo] = lookup.repository.split('/');
    if (!owner || !repo)
        throw new Error(`no repository (GITHUB_REPOSITORY is '${lookup.repository}')`);
    const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 61351));
    const { data } = await getOctokit(lookup.token, { baseUrl: lookup.apiUrl }).rest.repos.getCommit({ owner, repo, ref: lookup.sha });
    const date = data.commit.committer?.date;
    if (!date || Number.isNaN(Date.parse(date)))
        throw new Error('the answer has no commit.committer.date');
    return new Date(date).toISOString();
}


/***/ })

};

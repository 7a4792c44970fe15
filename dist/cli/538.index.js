export const id = 538;
export const ids = [538];
export const modules = {

/***/ 538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runSimulateCommand: () => (/* binding */ runSimulateCommand)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(916);

/** `resilint simulate`: wired to src/simulate once the simulator lands. */
async function runSimulateCommand(_argv, _io) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e('the simulator is not available in this build');
}


/***/ })

};

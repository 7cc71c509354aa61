// Runs after the files are generated. Archetype 3.2.1 cannot choose files by a property, so both samples are
// generated and this script removes the one the chosen kind does not use. Plain java.io.File calls only:
// maven-archetype-plugin 3.2.1 runs an older Groovy than later plugin versions do.
String kind = request.properties.get('kind')
Map<String, List<String>> filesOfKind = [
    classifier: [
        'src/main/java/PACKAGE/EmployeeBadgeClassifier.java',
        'src/test/java/PACKAGE/EmployeeBadgeClassifierContractTest.java',
        'src/main/resources/META-INF/services/io.custodian.plugin.api.classifier.Classifier',
    ],
    connector: [
        'src/main/java/PACKAGE/CsvFolderConnector.java',
        'src/main/java/PACKAGE/CsvFolderSession.java',
        'src/main/java/PACKAGE/CsvFile.java',
        'src/test/java/PACKAGE/CsvFolderConnectorContractTest.java',
        'src/main/resources/META-INF/services/io.custodian.plugin.api.connector.Connector',
        'src/test/resources/sample-data',
    ],
]

File project = new File(request.outputDirectory, request.artifactId)
if (!filesOfKind.containsKey(kind)) {
    // In batch mode the descriptor's validationRegex is not applied; do not leave a project of no kind behind.
    project.deleteDir()
    throw new IllegalArgumentException("kind must be 'classifier' or 'connector', not '" + kind + "'")
}
String packagePath = request.properties.get('package').replace('.', '/')

filesOfKind.findAll { it.key != kind }.values().flatten().each { String relative ->
    File file = new File(project, relative.replace('PACKAGE', packagePath))
    if (file.isDirectory()) {
        file.deleteDir()
    } else {
        file.delete()
    }
}
// The classifier sample has no test resources: leave no empty folder behind.
File testResources = new File(project, 'src/test/resources')
if (testResources.isDirectory() && testResources.list().length == 0) {
    testResources.delete()
}

package dev.luminara.core.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.luminara.core.CoreException;
import dev.luminara.core.World;
import org.junit.jupiter.api.Test;

/** Every kind of bad scene is rejected with the file, line, column, entity, component and field it can name. */
class SceneErrorTest {

    private static SceneException error(String json) {
        World world = new World();
        SceneException e = catchThrowableOfType(
                SceneException.class, () -> Scenes.parse(json, "bad.scene.json", world.components()));
        assertThat(e).as("expected a SceneException for %s", json).isNotNull();
        assertThat(e).isInstanceOf(CoreException.class);
        return e;
    }

    private static String entity(String id, String components) {
        return "{\n  \"entities\": [\n    {\"id\": " + id + ",\n     \"components\": " + components + "}\n  ]\n}";
    }

    @Test
    void malformedJsonNamesTheLineAndColumn() {
        SceneException e = error("{\n  \"entities\": [\n    {\"id\": 1,, }\n  ]\n}");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(14);
        assertThat(e.getMessage()).startsWith("bad.scene.json:3:14: malformed JSON: Unexpected character (',' ");
    }

    @Test
    void anUnclosedArrayPointsBackAtWhereItStarted() {
        SceneException e = error("{\"entities\": [\n {\"id\": 1}\n");
        assertThat(e.getMessage())
                .isEqualTo("bad.scene.json:3:1: malformed JSON: Unexpected end-of-input: expected close marker for"
                        + " Array (start marker at line 1, column 14)");
    }

    @Test
    void duplicateKeysAreMalformed() {
        SceneException e = error(entity("1", "{\"Name\": {\"value\": \"a\", \"value\": \"b\"}}"));
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.reason()).contains("Duplicate field 'value'");
    }

    @Test
    void anEmptyFileIsRejected() {
        assertThat(error("  \n").getMessage()).isEqualTo("bad.scene.json: the file is empty; expected a JSON object");
    }

    @Test
    void anUnknownComponentGetsADidYouMean() {
        SceneException e = error(entity("\"4v0\"", "{\n       \"Transfrom\": {}}"));
        assertThat(e.getMessage())
                .isEqualTo("bad.scene.json:5:8: entity 4v0, component Transfrom: unknown component 'Transfrom';"
                        + " did you mean Transform? (user components must be registered with the world before"
                        + " loading)");
    }

    @Test
    void aZeroQuaternionAndAColourOutsideZeroToOneAreRefused() {
        SceneException rotation = error(entity("7", "{\"Transform\": {\"rotation\": [0, 0, 0, 0]}}"));
        assertThat(rotation.reason())
                .isEqualTo(
                        "a rotation quaternion must not be zero, got [0.0, 0.0, 0.0, 0.0] (no rotation is [0, 0, 0, 1])");
        SceneException colour = error(entity("7", "{\"MeshShape\": {\"color\": [2, -1, 0, 5]}}"));
        assertThat(colour.reason()).isEqualTo("must be within [0, 1], got 2.0");
        assertThat(colour.getMessage()).contains("component MeshShape").contains("color");
    }

    @Test
    void aWrongFieldTypeNamesTheField() {
        SceneException e = error(entity("7", "{\n       \"Transform\": {\n         \"position\": \"up\"}}"));
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.column()).isEqualTo(10);
        assertThat(e.entity()).isEqualTo("7");
        assertThat(e.component()).isEqualTo("Transform");
        assertThat(e.field()).isEqualTo("position");
        assertThat(e.getMessage())
                .isEqualTo("bad.scene.json:6:10: entity 7, component Transform, field position: expected vec3,"
                        + " got string \"up\"");
    }

    @Test
    void aMissingRequiredFieldPointsAtTheComponent() {
        SceneException e = error(entity("1", "{\n       \"AudioSource\": {\"volume\": 0.5}}"));
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.column()).isEqualTo(8);
        assertThat(e.field()).isEqualTo("clip");
        assertThat(e.reason()).isEqualTo("missing required field (string)");
    }

    @Test
    void anOutOfRangeValueNamesTheRange() {
        SceneException e = error(entity("1", "{\"RigidBody\": {\n  \"restitution\": 1.5}}"));
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.field()).isEqualTo("restitution");
        assertThat(e.reason()).isEqualTo("must be within [0, 1], got 1.5");
    }

    @Test
    void anUnknownFieldGetsADidYouMean() {
        SceneException e = error(entity("1", "{\"Camera\": {\"fov\": 70}}"));
        assertThat(e.field()).isEqualTo("fov");
        assertThat(e.reason())
                .contains("unknown field")
                .contains("did you mean")
                .contains("'fovDegrees'");
        assertThat(e.line()).isEqualTo(4);
    }

    @Test
    void aBadEnumValueListsTheAllowedOnes() {
        SceneException e = error(entity("1", "{\"Collider\": {\"shape\": \"CONE\"}}"));
        assertThat(e.reason()).contains("BOX").contains("SPHERE");
        assertThat(e.field()).isEqualTo("shape");
    }

    @Test
    void aDuplicateIdNamesBothPlaces() {
        SceneException e =
                error("{\"entities\": [\n {\"id\": 3},\n {\"id\": \"5\"},\n {\"id\": \"3v0\", \"components\": {}}]}");
        assertThat(e.getMessage())
                .isEqualTo("bad.scene.json:4:3: entity 3v0: duplicate entity id 3v0 (first at line 2)");
    }

    @Test
    void twoGenerationsOfOneSlotCannotBothBeAlive() {
        SceneException e = error("{\"entities\": [{\"id\": \"3v0\"}, {\"id\": \"3v1\"}]}");
        assertThat(e.reason()).isEqualTo("entity ids 3v0 and 3v1 share slot 3 (first at line 1)");
    }

    @Test
    void aBadIdIsReported() {
        assertThat(error("{\"entities\": [{\"id\": -1}]}").reason()).contains("non-negative integer, got -1");
        assertThat(error("{\"entities\": [{\"id\": \"abc\"}]}").reason()).contains("got \"abc\"");
        assertThat(error("{\"entities\": [{\"components\": {}}]}").getMessage())
                .isEqualTo("bad.scene.json:1:15: entity #1 in \"entities\": missing \"id\" (like \"3v0\" or 3)");
    }

    @Test
    void aParentPointingAtAMissingEntityIsRejected() {
        SceneException e = error(entity("1", "{\"Parent\": {\n \"entity\": \"9v0\"}}"));
        assertThat(e.getMessage())
                .isEqualTo("bad.scene.json:5:2: entity 1, component Parent, field entity: points at 9v0, which is not"
                        + " an entity of this scene");
    }

    @Test
    void badEntityReferencesInsideComponentsNameTheField() {
        SceneException text = error(entity("1", "{\"Parent\": {\"entity\": \"zz\"}}"));
        assertThat(text.field()).isEqualTo("entity");
        assertThat(text.reason()).isEqualTo("expected entity, got string \"zz\"");
        assertThat(error(entity("1", "{\"Parent\": {}}")).reason()).isEqualTo("missing required field (entity)");
        SceneException nullChild = error(entity("1", "{\"Children\": {\"entities\": [null]}}"));
        assertThat(nullChild.component()).isEqualTo("Children");
    }

    @Test
    void parentCyclesAreRejected() {
        SceneException e = error("{\"entities\": [\n{\"id\": 1, \"components\": {\"Parent\": {\"entity\": 2}}},\n"
                + "{\"id\": 2, \"components\": {\"Parent\": {\"entity\": 1}}}]}");
        assertThat(e.reason()).contains("cycle").contains("1v0 -> 2v0 -> 1v0");
        assertThat(e.line()).isEqualTo(2);
        assertThat(error(entity("1", "{\"Parent\": {\"entity\": 1}}")).reason())
                .isEqualTo("an entity cannot be its own parent");
    }

    @Test
    void childrenThatDisagreeWithParentAreRejected() {
        String base = "{\"entities\": [\n{\"id\": 1, \"components\": {\"Children\": {\"entities\": [%s]}}},\n"
                + "{\"id\": 2, \"components\": {\"Parent\": {\"entity\": 1}}},\n{\"id\": 3}]}";
        assertThat(error(base.formatted("")).reason()).startsWith("does not list 2v0, whose Parent is 1v0");
        SceneException extra = error(base.formatted("2, 3"));
        assertThat(extra.reason()).startsWith("lists 3v0, whose Parent is not 1v0");
        assertThat(extra.line()).isEqualTo(2);
        assertThat(extra.column()).isEqualTo(55);
        assertThat(error(base.formatted("2, 8")).reason()).startsWith("lists 8v0, which is not an entity");
        assertThat(error(base.formatted("2, 2")).reason()).startsWith("lists 2v0 twice");
    }

    @Test
    void unknownKeysAndFormatsAreRejected() {
        assertThat(error("{\"entites\": []}").reason())
                .contains("unknown key \"entites\"")
                .contains("'entities'");
        assertThat(error("{\"format\": \"luminara.scene/9\"}").reason())
                .isEqualTo("unsupported format \"luminara.scene/9\"; this version reads \"luminara.scene/1\"");
        assertThat(error("{\"entities\": [{\"id\": 1, \"component\": {}}]}").reason())
                .contains("did you mean 'components'");
        assertThat(error("[1, 2]").reason()).startsWith("a scene must be a JSON object");
        assertThat(error("{\"entities\": {}}").reason()).startsWith("\"entities\" must be an array");
        assertThat(error(entity("1", "[]")).reason()).startsWith("\"components\" must be an object");
        assertThat(error(entity("1", "{\"Name\": \"bob\"}")).reason()).startsWith("expected a JSON object");
    }
}
